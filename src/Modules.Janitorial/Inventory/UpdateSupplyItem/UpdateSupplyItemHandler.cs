using Marten;
using MediatR;
using OpsPlatform.Modules.Janitorial.Persistence;
using OpsPlatform.Modules.Janitorial.Sites;
using OpsPlatform.Shared.Kernel.Domain;

namespace OpsPlatform.Modules.Janitorial.Inventory.UpdateSupplyItem;

internal sealed class UpdateSupplyItemHandler(JanitorialSession db) : IRequestHandler<UpdateSupplyItemCommand, SupplyItemDetails>
{
    public async Task<SupplyItemDetails> Handle(UpdateSupplyItemCommand command, CancellationToken cancellationToken)
    {
        // The append is checked against the stream version read here: a movement committed in between makes it a 409.
        var stream = await db.Documents.Events.FetchForWriting<SupplyItem>(command.Id, cancellationToken);
        var item = stream.Aggregate ?? throw new NotFoundException("Supply item", command.Id);
        item.EnsureVersion(command.Version);
        var now = db.Time.GetUtcNow();
        if (item.Update(command.ItemName, command.Sku, command.Category, command.ReorderLevel!.Value, command.Unit, command.UnitCost, now))
        {
            var site = await db.Documents.LoadAsync<ClientSite>(item.SiteId, cancellationToken) ?? throw new NotFoundException("Site", item.SiteId);
            db.Publish(StockLedger.BelowReorderLevel(item, site.SiteCode, now));
        }
        stream.AppendMany(item.TakeEvents());
        await db.SaveChangesAsync(cancellationToken);
        return SupplyItemDetails.From(item, withCost: true);
    }
}
