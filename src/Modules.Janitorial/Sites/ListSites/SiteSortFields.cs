using OpsPlatform.Shared.Kernel.Http;

namespace OpsPlatform.Modules.Janitorial.Sites.ListSites;

internal static class SiteSortFields
{
    public static readonly SortFields<ClientSite> All = new SortFields<ClientSite>("siteName")
        .Add("siteName", s => s.SiteName)
        .Add("siteCode", s => s.SiteCode)
        .Add("clientName", s => s.ClientName)
        .Add("createdAt", s => s.CreatedAt);
}
