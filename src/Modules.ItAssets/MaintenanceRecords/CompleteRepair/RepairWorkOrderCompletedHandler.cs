using Marten;
using OpsPlatform.Modules.ItAssets.Hardware;
using OpsPlatform.Modules.ItAssets.Persistence;
using OpsPlatform.Modules.Maintenance.Contracts;
using OpsPlatform.Shared.Kernel.Bus;

namespace OpsPlatform.Modules.ItAssets.MaintenanceRecords.CompleteRepair;

/// <summary>
/// The work order of a repair request completed: the record closes and the hardware returns to service (to its holder,
/// or to stock), in one commit. Work orders that are not ours, and a redelivery, change nothing.
/// </summary>
public sealed class RepairWorkOrderCompletedHandler(ItAssetsSession db) : IIntegrationEventHandler<WorkOrderCompleted>
{
    public async Task Handle(WorkOrderCompleted message, CancellationToken cancellationToken)
    {
        var record = await db.Documents.Query<ItMaintenanceRecord>().FirstOrDefaultAsync(r => r.WorkOrderId == message.WorkOrderId, cancellationToken);
        if (record is null || !record.CompleteRepair(message.CompletedAt)) return;
        db.Update(record);
        if (await db.Documents.LoadAsync<HardwareAsset>(record.HardwareId, cancellationToken) is { } asset)
        {
            var by = message.TechnicianUserId ?? record.RecordedBy;
            asset.ReturnToService(by, message.CompletedAt, $"Repair work order {message.WorkOrderId} completed");
            db.Update(asset);
            db.PublishChanged(asset, HardwareEvents.Stage, by, message.CompletedAt);
        }
        await db.SaveChangesAsync(cancellationToken);
    }
}
