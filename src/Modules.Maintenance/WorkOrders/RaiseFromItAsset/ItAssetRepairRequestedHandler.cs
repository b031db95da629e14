using Marten;
using OpsPlatform.Modules.ItAssets.Contracts;
using OpsPlatform.Modules.Maintenance.Persistence;
using OpsPlatform.Shared.Kernel.Bus;

namespace OpsPlatform.Modules.Maintenance.WorkOrders.RaiseFromItAsset;

/// <summary>
/// An IT asset's repair request raises one open work order (source it_asset, reference the IT maintenance record's
/// id), requested by whoever asked for the repair. A second delivery finds that work order and does nothing; two racing
/// deliveries meet the unique index on (source, source_reference), and the loser's retry finds the winner's. Its
/// <c>WorkOrderRaised</c> and, later, <c>WorkOrderCompleted</c> carry the link back to IT assets.
/// </summary>
public sealed class ItAssetRepairRequestedHandler(MaintenanceSession db, TimeProvider clock) : IIntegrationEventHandler<ItAssetRepairRequested>
{
    public async Task Handle(ItAssetRepairRequested message, CancellationToken cancellationToken)
    {
        var reference = message.MaintenanceRecordId.ToString();
        if (await db.Documents.Query<WorkOrder>().AnyAsync(w => w.Source == WorkOrderSource.ItAsset && w.SourceReference == reference, cancellationToken))
            return;

        var now = clock.GetUtcNow();
        var workOrder = WorkOrder.Raise(
            Clip($"Repair {message.AssetTag}: {message.HardwareName}", 200),
            Clip($"IT asset {message.AssetTag} ({message.HardwareName}) needs repair.\n\n{message.Details}", 4000),
            WorkOrderPriority.Medium, equipmentId: null, siteId: null, dueAt: null, requiredSkills: [],
            new WorkOrderOrigin(WorkOrderSource.ItAsset, reference, message.RequestedBy), now);
        db.Documents.Events.StartStream<WorkOrder>(workOrder.Id, workOrder.TakeEvents());
        db.PublishRaised(workOrder, now);
        await db.SaveChangesAsync(cancellationToken);
    }

    private static string Clip(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";
}
