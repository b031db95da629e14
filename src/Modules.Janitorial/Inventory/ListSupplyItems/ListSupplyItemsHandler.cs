using MediatR;
using OpsPlatform.Modules.Janitorial.Persistence;
using OpsPlatform.Shared.Kernel.Http;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Janitorial.Inventory.ListSupplyItems;

internal sealed class ListSupplyItemsHandler(JanitorialDbContext db, ICurrentUser user) : IRequestHandler<ListSupplyItemsQuery, Paged<SupplyItemSummary>>
{
    public Task<Paged<SupplyItemSummary>> Handle(ListSupplyItemsQuery query, CancellationToken cancellationToken)
    {
        var items = db.SupplyItems.VisibleTo(db, user);
        if (query.SiteId is { } site) items = items.Where(i => i.SiteId == site);
        if (!string.IsNullOrWhiteSpace(query.Category)) items = items.Where(i => i.Category == query.Category);
        if (query.LowStockOnly == true) items = items.Where(i => i.QuantityOnHand < i.ReorderLevel);

        return SupplyItemSortFields.All.Apply(items, query.Sort)
            .Select(i => new SupplyItemSummary(
                i.Id, i.SiteId, db.Sites.Where(s => s.Id == i.SiteId).Select(s => s.SiteName).FirstOrDefault() ?? "", i.ItemName, i.Sku, i.Category, i.QuantityOnHand, i.ReorderLevel, i.QuantityOnHand < i.ReorderLevel, i.Unit))
            .ToPagedAsync(query, cancellationToken);
    }
}
