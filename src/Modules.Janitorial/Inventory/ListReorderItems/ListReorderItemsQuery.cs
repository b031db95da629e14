using OpsPlatform.Shared.Kernel.Cqrs;
using OpsPlatform.Shared.Kernel.Http;

namespace OpsPlatform.Modules.Janitorial.Inventory.ListReorderItems;

internal sealed record ListReorderItemsQuery(Guid? SiteId, string? Category, int? Page, int? PageSize, string? Sort, bool? Count)
    : IQuery<Paged<ReorderItem>>, IPagedQuery;
