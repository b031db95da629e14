using Marten;
using MediatR;
using OpsPlatform.Modules.Janitorial.Inventory.ListSupplyItems;
using OpsPlatform.Modules.Janitorial.Persistence;
using OpsPlatform.Modules.Janitorial.Sites;
using OpsPlatform.Shared.Kernel.Http;

namespace OpsPlatform.Modules.Janitorial.Inventory.ListReorderItems;

internal sealed class ListReorderItemsHandler(JanitorialSession db) : IRequestHandler<ListReorderItemsQuery, Paged<ReorderItem>>
{
    public async Task<Paged<ReorderItem>> Handle(ListReorderItemsQuery query, CancellationToken cancellationToken)
    {
        var items = db.Documents.Query<SupplyItem>().Where(i => i.BelowReorderLevel);
        if (query.SiteId is { } site) items = items.Where(i => i.SiteId == site);
        if (!string.IsNullOrWhiteSpace(query.Category)) items = items.Where(i => i.Category == query.Category);

        var page = await SupplyItemSortFields.All.Apply(items, query.Sort).ToPagedAsync(query, cancellationToken);
        var sites = await db.SitesByIdAsync(page.Items.Select(i => i.SiteId), cancellationToken);
        return page.Select(i => new ReorderItem(
            i.Id, i.SiteId, sites.GetValueOrDefault(i.SiteId)?.SiteCode ?? "", sites.GetValueOrDefault(i.SiteId)?.SiteName ?? "",
            i.ItemName, i.Sku, i.Category, i.QuantityOnHand, i.ReorderLevel, i.ReorderLevel - i.QuantityOnHand, i.Unit, i.UnitCost, i.LastRestockedAt));
    }
}
