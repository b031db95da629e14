using MediatR;
using Microsoft.EntityFrameworkCore;
using OpsPlatform.Modules.Janitorial.Persistence;
using OpsPlatform.Shared.Kernel.Domain;

namespace OpsPlatform.Modules.Janitorial.Inventory.AddSupplyItem;

internal sealed class AddSupplyItemHandler(JanitorialDbContext db) : IRequestHandler<AddSupplyItemCommand, SupplyItemDetails>
{
    public async Task<SupplyItemDetails> Handle(AddSupplyItemCommand command, CancellationToken cancellationToken)
    {
        if (!await db.Sites.AnyAsync(s => s.Id == command.SiteId, cancellationToken)) throw new NotFoundException("Site", command.SiteId!.Value);
        var item = SupplyItem.Add(command.SiteId!.Value, command.ItemName, command.Sku, command.Category, command.QuantityOnHand!.Value,
            command.ReorderLevel!.Value, command.Unit, command.UnitCost, db.Time.GetUtcNow());
        db.SupplyItems.Add(item);
        await db.SaveChangesAsync(cancellationToken);
        return SupplyItemDetails.From(item, withCost: true);
    }
}
