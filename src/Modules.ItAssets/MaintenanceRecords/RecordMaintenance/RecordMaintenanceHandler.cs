using MediatR;
using Marten;
using OpsPlatform.Identity.Contracts;
using OpsPlatform.Modules.ItAssets.Hardware;
using OpsPlatform.Modules.ItAssets.Persistence;
using OpsPlatform.Shared.Kernel.Domain;

namespace OpsPlatform.Modules.ItAssets.MaintenanceRecords.RecordMaintenance;

internal sealed class RecordMaintenanceHandler(ItAssetsSession db, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<RecordMaintenanceCommand, MaintenanceRecordDetails>
{
    public async Task<MaintenanceRecordDetails> Handle(RecordMaintenanceCommand command, CancellationToken cancellationToken)
    {
        var asset = await db.Documents.LoadAsync<HardwareAsset>(command.HardwareId, cancellationToken)
                    ?? throw new NotFoundException("Hardware asset", command.HardwareId);
        var record = ItMaintenanceRecord.Done(asset.Id, asset.AssetTag, command.Kind!.Value, command.PerformedOn!.Value, command.Details,
            command.Cost, command.Vendor, user.Id, clock.GetUtcNow());
        db.Insert(record);
        await db.SaveChangesAsync(cancellationToken);
        return MaintenanceRecordDetails.From(record);
    }
}
