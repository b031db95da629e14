using OpsPlatform.Shared.Kernel.Http;

namespace OpsPlatform.Modules.ItAssets.MaintenanceRecords.ListMaintenanceRecords;

internal sealed class ListMaintenanceRecordsValidator : PagedQueryValidator<ListMaintenanceRecordsQuery, ItMaintenanceRecord>
{
    public ListMaintenanceRecordsValidator() : base(MaintenanceRecordSortFields.All) { }
}
