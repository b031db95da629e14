using Marten;
using OpsPlatform.Modules.ItAssets.Persistence;
using OpsPlatform.Modules.Maintenance.Contracts;
using OpsPlatform.Shared.Kernel.Messaging;

namespace OpsPlatform.Modules.ItAssets.MaintenanceRecords.LinkRepairWorkOrder;

/// <summary>Maintenance raised a work order; when it is the one of our repair requests of one of our repair requests (source it_asset, reference the record id), its id is kept on the record.</summary>
public sealed class RepairWorkOrderRaisedHandler(ItAssetsSession db) : IIntegrationEventHandler<WorkOrderRaised>
{
    public const string ItAssetSource = "it_asset";

    public async Task Handle(WorkOrderRaised message, CancellationToken cancellationToken)
    {
        if (message.Source != ItAssetSource || !Guid.TryParse(message.SourceReference, out var recordId)) return;
        var record = await db.Documents.LoadAsync<ItMaintenanceRecord>(recordId, cancellationToken);
        if (record is null || !record.LinkWorkOrder(message.WorkOrderId)) return;
        db.Update(record);
        await db.SaveChangesAsync(cancellationToken);
    }
}
