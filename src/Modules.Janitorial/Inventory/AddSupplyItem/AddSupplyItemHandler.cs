using Marten;
using MediatR;
using OpsPlatform.Modules.Janitorial.Persistence;
using OpsPlatform.Modules.Janitorial.Sites;
using OpsPlatform.Shared.Kernel.Domain;

namespace OpsPlatform.Modules.Janitorial.Inventory.AddSupplyItem;

internal sealed class AddSupplyItemHandler(JanitorialSession db) : IRequestHandler<AddSupplyItemCommand, SupplyItemDetails>
{
    public async Task<SupplyItemDetails> Handle(AddSupplyItemCommand command, CancellationToken cancellationToken)
    {
        if (!await db.Documents.Query<ClientSite>().AnyAsync(s => s.Id == command.SiteId, cancellationToken)) throw new NotFoundException("Site", command.SiteId!.Value);
        var item = SupplyItem.Add(command.SiteId!.Value, command.ItemName, command.Sku, command.Category, command.QuantityOnHand!.Value,
            command.ReorderLevel!.Value, command.Unit, command.UnitCost, db.Time.GetUtcNow());
        db.Documents.Events.StartStream<SupplyItem>(item.Id, item.TakeEvents());
        await db.SaveChangesAsync(cancellationToken);
        return SupplyItemDetails.From(item, withCost: true);
    }
}
