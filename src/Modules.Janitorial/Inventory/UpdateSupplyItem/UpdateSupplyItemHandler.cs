using MediatR;
using Microsoft.EntityFrameworkCore;
using OpsPlatform.Modules.Janitorial.Contracts;
using OpsPlatform.Modules.Janitorial.Persistence;
using OpsPlatform.Shared.Kernel.Domain;

namespace OpsPlatform.Modules.Janitorial.Inventory.UpdateSupplyItem;

internal sealed class UpdateSupplyItemHandler(JanitorialDbContext db) : IRequestHandler<UpdateSupplyItemCommand, SupplyItemDetails>
{
    public async Task<SupplyItemDetails> Handle(UpdateSupplyItemCommand command, CancellationToken cancellationToken)
    {
        var item = await db.SupplyItems.SingleOrDefaultAsync(i => i.Id == command.Id, cancellationToken)
                   ?? throw new NotFoundException("Supply item", command.Id);
        item.EnsureVersion(command.Version);
        // The version check makes this a compare-and-set against concurrent consumption (which bumps the version too).
        if (item.Update(command.ItemName, command.Sku, command.Category, command.ReorderLevel!.Value, command.Unit, command.UnitCost))
        {
            var siteCode = await db.Sites.Where(s => s.Id == item.SiteId).Select(s => s.SiteCode).SingleAsync(cancellationToken);
            db.Publish(new SupplyBelowReorderLevel(Guid.CreateVersion7(), db.Time.GetUtcNow(), item.Id, item.SiteId, siteCode, item.Sku, item.ItemName,
                item.QuantityOnHand, item.ReorderLevel, item.Unit));
        }
        await db.SaveChangesAsync(cancellationToken);
        return SupplyItemDetails.From(item, withCost: true);
    }
}
