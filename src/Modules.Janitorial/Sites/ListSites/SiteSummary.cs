namespace OpsPlatform.Modules.Janitorial.Sites.ListSites;

internal sealed record SiteSummary(Guid Id, string SiteName, string SiteCode, string Address, string ClientName, ServiceLevel ServiceLevel, bool Active);
