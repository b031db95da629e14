using Marten;
using MediatR;
using OpsPlatform.Modules.Janitorial.Persistence;
using OpsPlatform.Shared.Kernel.Domain;

namespace OpsPlatform.Modules.Janitorial.Inventory.RemoveSupplyItem;

/// <summary>Removes the item's document and archives its ledger stream (the movements stay on record).</summary>
internal sealed class RemoveSupplyItemHandler(JanitorialSession db) : IRequestHandler<RemoveSupplyItemCommand, bool>
{
    public async Task<bool> Handle(RemoveSupplyItemCommand command, CancellationToken cancellationToken)
    {
        var item = await db.Documents.LoadAsync<SupplyItem>(command.Id, cancellationToken) ?? throw new NotFoundException("Supply item", command.Id);
        db.Documents.Delete(item);
        db.Documents.Events.ArchiveStream(item.Id);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
