using Marten;
using OpsPlatform.Modules.ItAssets.Persistence;
using OpsPlatform.Modules.Maintenance.Contracts;
using OpsPlatform.Shared.Kernel.Bus;

namespace OpsPlatform.Modules.ItAssets.MaintenanceRecords.LinkRepairWorkOrder;

/// <summary>
/// Maintenance raised a work order for a record of another module; when it is for one of our repair requests (source
/// it_asset, reference the record id), its id is kept on the record. Work orders raised for nobody's record reach no
/// handler here.
/// </summary>
public sealed class RepairWorkOrderRaisedHandler(ItAssetsSession db) : IIntegrationEventHandler<WorkOrderRaisedForSource>
{
    public const string ItAssetSource = "it_asset";

    public async Task Handle(WorkOrderRaisedForSource message, CancellationToken cancellationToken)
    {
        if (message.Source != ItAssetSource || !Guid.TryParse(message.SourceReference, out var recordId)) return;
        var record = await db.Documents.LoadAsync<ItMaintenanceRecord>(recordId, cancellationToken);
        if (record is null || !record.LinkWorkOrder(message.WorkOrderId)) return;
        db.Update(record);
        await db.SaveChangesAsync(cancellationToken);
    }
}
