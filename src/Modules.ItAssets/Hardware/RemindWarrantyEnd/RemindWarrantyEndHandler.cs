using MediatR;
using Marten;
using OpsPlatform.Modules.ItAssets.Contracts;
using OpsPlatform.Modules.ItAssets.Persistence;

namespace OpsPlatform.Modules.ItAssets.Hardware.RemindWarrantyEnd;

/// <summary>
/// Publishes <see cref="WarrantyEnding"/> once per asset, warranty end and threshold: the asset records what it sent in
/// the same commit (its version check refuses a racing twin), so a redelivery, or a reminder for a warranty end that
/// has since changed, does nothing.
/// </summary>
internal sealed class RemindWarrantyEndHandler(ItAssetsSession db, TimeProvider clock) : IRequestHandler<RemindWarrantyEndCommand, bool>
{
    public async Task<bool> Handle(RemindWarrantyEndCommand command, CancellationToken cancellationToken)
    {
        var asset = await db.Documents.LoadAsync<HardwareAsset>(command.HardwareId, cancellationToken);
        if (asset is null || !asset.MarkWarrantyReminded(command.WarrantyEndsOn, command.DaysBefore)) return false;
        var now = clock.GetUtcNow();
        db.Update(asset);
        db.Publish(new WarrantyEnding(Guid.CreateVersion7(now), now, asset.Id, asset.AssetTag, asset.Name, command.WarrantyEndsOn, command.DaysBefore,
            asset.AssignedTo, []));
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
