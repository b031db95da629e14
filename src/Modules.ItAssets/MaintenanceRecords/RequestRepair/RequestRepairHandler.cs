using MediatR;
using Marten;
using OpsPlatform.Identity.Contracts;
using OpsPlatform.Modules.ItAssets.Contracts;
using OpsPlatform.Modules.ItAssets.Hardware;
using OpsPlatform.Modules.ItAssets.Persistence;
using OpsPlatform.Shared.Kernel.Domain;

namespace OpsPlatform.Modules.ItAssets.MaintenanceRecords.RequestRepair;

/// <summary>
/// Sends the hardware to repair (it keeps its holder), opens the record and publishes <see cref="ItAssetRepairRequested"/>
/// in one commit: Maintenance raises the work order from it, exactly once.
/// </summary>
internal sealed class RequestRepairHandler(ItAssetsSession db, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<RequestRepairCommand, MaintenanceRecordDetails>
{
    public async Task<MaintenanceRecordDetails> Handle(RequestRepairCommand command, CancellationToken cancellationToken)
    {
        var asset = await db.Documents.LoadAsync<HardwareAsset>(command.HardwareId, cancellationToken)
                    ?? throw new NotFoundException("Hardware asset", command.HardwareId);
        if (asset.Stage == LifecycleStage.InRepair)
            throw new ConflictException($"'{asset.AssetTag}' is already in repair.");
        var now = clock.GetUtcNow();
        asset.SendToRepair(user.Id, now, command.Details);
        var record = ItMaintenanceRecord.RepairRequested(asset.Id, asset.AssetTag, command.Details, command.Vendor, user.Id, now);
        db.Insert(record);
        db.Update(asset);
        db.Send(new ItAssetRepairRequested(Guid.CreateVersion7(now), now, record.Id, asset.Id, asset.AssetTag, asset.Name, record.Details, user.Id, []));
        await db.SaveChangesAsync(cancellationToken);
        return MaintenanceRecordDetails.From(record);
    }
}
