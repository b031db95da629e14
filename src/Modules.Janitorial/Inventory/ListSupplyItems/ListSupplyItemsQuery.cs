using OpsPlatform.Shared.Kernel.Cqrs;
using OpsPlatform.Shared.Kernel.Http;

namespace OpsPlatform.Modules.Janitorial.Inventory.ListSupplyItems;

internal sealed record ListSupplyItemsQuery(
    Guid? SiteId,
    string? Category,
    bool? LowStockOnly,
    int? Page,
    int? PageSize,
    string? Sort,
    bool? Count) : IQuery<Paged<SupplyItemSummary>>, IPagedQuery;
