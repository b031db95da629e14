using MediatR;
using Microsoft.EntityFrameworkCore;
using OpsPlatform.Modules.Janitorial.Persistence;
using OpsPlatform.Shared.Kernel.Domain;

namespace OpsPlatform.Modules.Janitorial.Inventory.RemoveSupplyItem;

internal sealed class RemoveSupplyItemHandler(JanitorialDbContext db) : IRequestHandler<RemoveSupplyItemCommand, bool>
{
    public async Task<bool> Handle(RemoveSupplyItemCommand command, CancellationToken cancellationToken)
    {
        if (await db.SupplyItems.Where(i => i.Id == command.Id).ExecuteDeleteAsync(cancellationToken) == 0)
            throw new NotFoundException("Supply item", command.Id);
        return true;
    }
}
