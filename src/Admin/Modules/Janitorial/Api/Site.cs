namespace OpsPlatform.Admin.Modules.Janitorial.Api;

public sealed record SiteSummary(Guid Id, string SiteName, string SiteCode, string Address, string ClientName, ServiceLevel ServiceLevel, bool Active);

/// <summary><see cref="Members"/> comes to managers only (null for anyone else).</summary>
public sealed record SiteDetails(
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
    IReadOnlyList<SiteMember>? Members,
    int Version,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);

public sealed record SiteMember(Guid UserId, SiteRole Role, DateTimeOffset AssignedAt);
