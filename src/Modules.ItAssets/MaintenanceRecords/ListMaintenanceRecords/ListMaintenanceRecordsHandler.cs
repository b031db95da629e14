using MediatR;
using OpsPlatform.Modules.ItAssets.Persistence;
using OpsPlatform.Shared.Kernel.Http;

namespace OpsPlatform.Modules.ItAssets.MaintenanceRecords.ListMaintenanceRecords;

internal sealed class ListMaintenanceRecordsHandler(ItAssetsSession db) : IRequestHandler<ListMaintenanceRecordsQuery, Paged<MaintenanceRecordDetails>>
{
    public Task<Paged<MaintenanceRecordDetails>> Handle(ListMaintenanceRecordsQuery query, CancellationToken cancellationToken)
    {
        var records = db.Documents.Query<ItMaintenanceRecord>().AsQueryable();
        if (query.HardwareId is { } hardware) records = records.Where(r => r.HardwareId == hardware);
        if (query.Kind is { } kind) records = records.Where(r => r.Kind == kind.Value);
        if (query.Status is { } status) records = records.Where(r => r.Status == status.Value);
        return MaintenanceRecordSortFields.All.Apply(records, query.Sort)
            .Select(r => new MaintenanceRecordDetails(r.Id, r.HardwareId, r.AssetTag, r.Kind, r.PerformedOn, r.Details, r.Cost, r.Vendor, r.RecordedBy,
                r.Status, r.WorkOrderId, r.CompletedAt, r.CreatedAt))
            .ToPagedAsync(query, cancellationToken);
    }
}
