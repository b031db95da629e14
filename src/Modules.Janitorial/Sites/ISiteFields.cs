namespace OpsPlatform.Modules.Janitorial.Sites;

/// <summary>The fields a manager sets on a site, in a create or an update body.</summary>
internal interface ISiteFields
{
    string SiteName { get; }
    string SiteCode { get; }
    string Address { get; }
    string ClientName { get; }
    ServiceLevel? ServiceLevel { get; }
    Guid? PrimaryContactId { get; }
    int? PassThreshold { get; }
    bool? ClientSeesInspections { get; }
    string? TimeZone { get; }
}
