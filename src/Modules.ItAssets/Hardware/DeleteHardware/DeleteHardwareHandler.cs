using MediatR;
using OpsPlatform.Identity.Contracts;
using Marten;
using OpsPlatform.Modules.ItAssets.Assignments;
using OpsPlatform.Modules.ItAssets.MaintenanceRecords;
using OpsPlatform.Modules.ItAssets.Seats;
using OpsPlatform.Modules.ItAssets.Persistence;
using OpsPlatform.Shared.Kernel.Domain;

namespace OpsPlatform.Modules.ItAssets.Hardware.DeleteHardware;

internal sealed class DeleteHardwareHandler(ItAssetsSession db, ICurrentUser user, TimeProvider clock) : IRequestHandler<DeleteHardwareCommand, bool>
{
    public async Task<bool> Handle(DeleteHardwareCommand command, CancellationToken cancellationToken)
    {
        var asset = await db.Documents.LoadAsync<HardwareAsset>(command.Id, cancellationToken)
                    ?? throw new NotFoundException("Hardware asset", command.Id);
        asset.EnsureVersion(command.Version);
        asset.EnsureDeletable(
            await db.Documents.Query<Assignment>().AnyAsync(a => a.HardwareId == asset.Id, cancellationToken) ||
            await db.Documents.Query<ItMaintenanceRecord>().AnyAsync(r => r.HardwareId == asset.Id, cancellationToken) ||
            await db.Documents.Query<LicenseSeat>().AnyAsync(s => s.HardwareId == asset.Id, cancellationToken));
        db.Documents.Delete(asset);
        db.PublishChanged(asset, HardwareEvents.Deleted, user.Id, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
