using Marten;
using MediatR;
using OpsPlatform.Modules.Janitorial.Persistence;
using OpsPlatform.Shared.Kernel.Domain;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Janitorial.Inventory.ConsumeSupplyItem;

internal sealed class ConsumeSupplyItemHandler(JanitorialSession db, ICurrentUser user) : IRequestHandler<ConsumeSupplyItemCommand, StockLevel>
{
    public async Task<StockLevel> Handle(ConsumeSupplyItemCommand command, CancellationToken cancellationToken)
    {
        var item = await db.Documents.LoadAsync<SupplyItem>(command.Id, cancellationToken);
        if (item is null || !await db.MayConsumeAsync(item.SiteId, user, cancellationToken))
            throw new NotFoundException("Supply item", command.Id);
        return await db.ConsumeAsync(command.Id, command.Quantity!.Value, cancellationToken);
    }
}
