using MediatR;
using OpsPlatform.Modules.Janitorial.Persistence;

namespace OpsPlatform.Modules.Janitorial.Inventory.RestockSupplyItem;

internal sealed class RestockSupplyItemHandler(JanitorialSession db) : IRequestHandler<RestockSupplyItemCommand, StockLevel>
{
    public Task<StockLevel> Handle(RestockSupplyItemCommand command, CancellationToken cancellationToken) =>
        db.RestockAsync(command.Id, command.Quantity!.Value, cancellationToken);
}
