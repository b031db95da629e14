namespace OpsPlatform.Modules.Janitorial.Sites;

/// <summary>A site as its readers see it; <see cref="Members"/> is listed for managers only (null for anyone else).</summary>
internal sealed record ClientSiteDetails(
    Guid Id,
    string SiteName,
    string SiteCode,
    string Address,
    string ClientName,
    ServiceLevel ServiceLevel,
    Guid PrimaryContactId,
    bool Active,
    int PassThreshold,
    bool ClientSeesInspections,
    string TimeZone,
    IReadOnlyList<SiteMemberDetails>? Members,
    int Version,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    public static ClientSiteDetails From(ClientSite s, bool withMembers) => new(
        s.Id, s.SiteName, s.SiteCode, s.Address, s.ClientName, s.ServiceLevel, s.PrimaryContactId, s.Active, s.PassThreshold,
        s.ClientSeesInspections, s.TimeZone,
        withMembers ? s.Members.OrderBy(m => m.Role).ThenBy(m => m.UserId).Select(m => new SiteMemberDetails(m.UserId, m.Role, m.AssignedAt)).ToList() : null,
        s.Version, s.CreatedAt, s.UpdatedAt);
}
