namespace OpsPlatform.Modules.Janitorial.Sites;

/// <summary>A validated set of site fields, as the entity takes them.</summary>
internal sealed record SiteDefinition(
    string SiteName,
    string SiteCode,
    string Address,
    string ClientName,
    ServiceLevel ServiceLevel,
    Guid PrimaryContactId,
    int? PassThreshold,
    bool ClientSeesInspections,
    string? TimeZone)
{
    public static SiteDefinition From(ISiteFields f) => new(
        f.SiteName, f.SiteCode, f.Address, f.ClientName, f.ServiceLevel!.Value, f.PrimaryContactId!.Value, f.PassThreshold,
        f.ClientSeesInspections ?? false, f.TimeZone);
}
