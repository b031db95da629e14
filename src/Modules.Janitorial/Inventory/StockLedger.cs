using JasperFx.Events;
using Marten;
using OpsPlatform.Modules.Janitorial.Contracts;
using OpsPlatform.Modules.Janitorial.Persistence;
using OpsPlatform.Modules.Janitorial.Sites;
using OpsPlatform.Shared.Kernel.Domain;

namespace OpsPlatform.Modules.Janitorial.Inventory;

/// <summary>
/// Stock movements on the item's ledger stream. A movement first takes the item's advisory lock (which begins the unit
/// of work's transaction), then reads the item and appends: concurrent movements of one item run one after another on
/// any host, each reads the quantity the previous one committed, so no update is lost and stock never goes below zero.
/// The published events commit with the movement.
/// </summary>
internal static class StockLedger
{
    public static async Task<StockLevel> ConsumeAsync(this JanitorialSession db, Guid itemId, decimal quantity, CancellationToken cancellationToken)
    {
        var stream = await db.ItemToMoveAsync(itemId, cancellationToken);
        var item = stream.Aggregate!;
        var wasBelow = item.BelowReorderLevel;
        item.Consume(quantity, db.Time.GetUtcNow());
        // Once per crossing: only the consumption that took the stock from at-or-above its level to below it.
        return await db.CommitAsync(stream, "consumed", quantity, crossed: !wasBelow && item.BelowReorderLevel, cancellationToken);
    }

    public static async Task<StockLevel> RestockAsync(this JanitorialSession db, Guid itemId, decimal quantity, CancellationToken cancellationToken)
    {
        var stream = await db.ItemToMoveAsync(itemId, cancellationToken);
        stream.Aggregate!.Restock(quantity, db.Time.GetUtcNow());
        return await db.CommitAsync(stream, "restocked", quantity, crossed: false, cancellationToken);
    }

    private static async Task<IEventStream<SupplyItem>> ItemToMoveAsync(this JanitorialSession db, Guid itemId, CancellationToken cancellationToken)
    {
        await db.LockAsync(JanitorialLocks.Stock(itemId), cancellationToken);
        var stream = await db.Documents.Events.FetchForWriting<SupplyItem>(itemId, cancellationToken);
        if (stream.Aggregate is null) throw new NotFoundException("Supply item", itemId);
        return stream;
    }

    private static async Task<StockLevel> CommitAsync(this JanitorialSession db, IEventStream<SupplyItem> stream, string movement, decimal quantity, bool crossed,
        CancellationToken cancellationToken)
    {
        var item = stream.Aggregate!;
        stream.AppendMany(item.TakeEvents());
        var site = await db.Documents.LoadAsync<ClientSite>(item.SiteId, cancellationToken) ?? throw new NotFoundException("Site", item.SiteId);
        // The audience of its live event: the site's staff (technicians and inspectors) besides managers.
        var staff = site.Members.Where(m => m.Role != SiteRole.Client).Select(m => m.UserId).ToArray();
        var now = db.Time.GetUtcNow();
        db.Publish(new StockMoved(Guid.CreateVersion7(), now, item.Id, item.SiteId, site.SiteCode, item.Sku, item.ItemName, movement, quantity,
            item.QuantityOnHand, item.ReorderLevel, item.Unit, staff));
        if (crossed) db.Publish(BelowReorderLevel(item, site.SiteCode, now));
        await db.SaveChangesAsync(cancellationToken);
        return new StockLevel(item.Id, item.QuantityOnHand, item.ReorderLevel, item.BelowReorderLevel, item.Version);
    }

    public static SupplyBelowReorderLevel BelowReorderLevel(SupplyItem item, string siteCode, DateTimeOffset now) =>
        new(Guid.CreateVersion7(), now, item.Id, item.SiteId, siteCode, item.Sku, item.ItemName, item.QuantityOnHand, item.ReorderLevel, item.Unit);
}
