using OpsPlatform.Shared.Kernel.Cqrs;
using OpsPlatform.Shared.Kernel.Http;

namespace OpsPlatform.Modules.Janitorial.Sites.ListSites;

internal sealed record ListSitesQuery(
    string? ClientName,
    QueryEnum<ServiceLevel>? ServiceLevel,
    bool? Active,
    int? Page,
    int? PageSize,
    string? Sort,
    bool? Count) : IQuery<Paged<SiteSummary>>, IPagedQuery;
