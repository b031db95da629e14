namespace OpsPlatform.Modules.Janitorial.Sites;

/// <summary>The capacity in which a user is assigned to a site.</summary>
internal enum SiteRole
{
    Technician,
    Inspector,
    Client,
}
