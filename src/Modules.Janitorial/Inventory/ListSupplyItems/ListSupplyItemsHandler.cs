using MediatR;
using OpsPlatform.Modules.Janitorial.Persistence;
using OpsPlatform.Modules.Janitorial.Sites;
using OpsPlatform.Shared.Kernel.Http;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Janitorial.Inventory.ListSupplyItems;

/// <summary>One page query (a count only on count=true); site names are primary-key lookups for the page's rows.</summary>
internal sealed class ListSupplyItemsHandler(JanitorialSession db, ICurrentUser user) : IRequestHandler<ListSupplyItemsQuery, Paged<SupplyItemSummary>>
{
    public async Task<Paged<SupplyItemSummary>> Handle(ListSupplyItemsQuery query, CancellationToken cancellationToken)
    {
        var items = await db.VisibleItemsAsync(user, cancellationToken);
        if (query.SiteId is { } site) items = items.Where(i => i.SiteId == site);
        if (!string.IsNullOrWhiteSpace(query.Category)) items = items.Where(i => i.Category == query.Category);
        if (query.LowStockOnly == true) items = items.Where(i => i.BelowReorderLevel);

        var page = await SupplyItemSortFields.All.Apply(items, query.Sort).ToPagedAsync(query, cancellationToken);
        var sites = await db.SitesByIdAsync(page.Items.Select(i => i.SiteId), cancellationToken);
        return page.Select(i => new SupplyItemSummary(
            i.Id, i.SiteId, sites.GetValueOrDefault(i.SiteId)?.SiteName ?? "", i.ItemName, i.Sku, i.Category, i.QuantityOnHand, i.ReorderLevel, i.BelowReorderLevel, i.Unit));
    }
}
