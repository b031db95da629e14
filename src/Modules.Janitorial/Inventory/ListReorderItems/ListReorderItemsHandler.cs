using MediatR;
using OpsPlatform.Modules.Janitorial.Inventory.ListSupplyItems;
using OpsPlatform.Modules.Janitorial.Persistence;
using OpsPlatform.Shared.Kernel.Http;

namespace OpsPlatform.Modules.Janitorial.Inventory.ListReorderItems;

internal sealed class ListReorderItemsHandler(JanitorialDbContext db) : IRequestHandler<ListReorderItemsQuery, Paged<ReorderItem>>
{
    public Task<Paged<ReorderItem>> Handle(ListReorderItemsQuery query, CancellationToken cancellationToken)
    {
        var items = db.SupplyItems.Where(i => i.QuantityOnHand < i.ReorderLevel);
        if (query.SiteId is { } site) items = items.Where(i => i.SiteId == site);
        if (!string.IsNullOrWhiteSpace(query.Category)) items = items.Where(i => i.Category == query.Category);

        return SupplyItemSortFields.All.Apply(items, query.Sort)
            .Select(i => new ReorderItem(
                i.Id, i.SiteId,
                db.Sites.Where(s => s.Id == i.SiteId).Select(s => s.SiteCode).FirstOrDefault() ?? "",
                db.Sites.Where(s => s.Id == i.SiteId).Select(s => s.SiteName).FirstOrDefault() ?? "",
                i.ItemName, i.Sku, i.Category, i.QuantityOnHand, i.ReorderLevel,
                i.ReorderLevel - i.QuantityOnHand, i.Unit, i.UnitCost, i.LastRestockedAt))
            .ToPagedAsync(query, cancellationToken);
    }
}
