using Marten;
using MediatR;
using OpsPlatform.Modules.Janitorial.Persistence;
using OpsPlatform.Shared.Kernel.Domain;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Janitorial.Inventory.GetSupplyItem;

internal sealed class GetSupplyItemHandler(JanitorialSession db, ICurrentUser user) : IRequestHandler<GetSupplyItemQuery, SupplyItemDetails>
{
    public async Task<SupplyItemDetails> Handle(GetSupplyItemQuery query, CancellationToken cancellationToken)
    {
        var item = await (await db.VisibleItemsAsync(user, cancellationToken)).SingleOrDefaultAsync(i => i.Id == query.Id, cancellationToken)
                   ?? throw new NotFoundException("Supply item", query.Id);
        return SupplyItemDetails.From(item, withCost: user.IsManager);
    }
}
