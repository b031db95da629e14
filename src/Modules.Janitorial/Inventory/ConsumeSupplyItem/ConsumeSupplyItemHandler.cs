using MediatR;
using Microsoft.EntityFrameworkCore;
using OpsPlatform.Modules.Janitorial.Persistence;
using OpsPlatform.Shared.Kernel.Domain;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Janitorial.Inventory.ConsumeSupplyItem;

internal sealed class ConsumeSupplyItemHandler(JanitorialDbContext db, ICurrentUser user) : IRequestHandler<ConsumeSupplyItemCommand, StockLevel>
{
    public async Task<StockLevel> Handle(ConsumeSupplyItemCommand command, CancellationToken cancellationToken)
    {
        if (!await db.SupplyItems.ConsumableBy(db, user).AnyAsync(i => i.Id == command.Id, cancellationToken))
            throw new NotFoundException("Supply item", command.Id);
        return await db.ConsumeAsync(command.Id, command.Quantity!.Value, cancellationToken);
    }
}
