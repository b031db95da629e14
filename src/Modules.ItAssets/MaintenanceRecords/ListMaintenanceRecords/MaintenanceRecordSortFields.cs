using OpsPlatform.Shared.Kernel.Http;

namespace OpsPlatform.Modules.ItAssets.MaintenanceRecords.ListMaintenanceRecords;

internal static class MaintenanceRecordSortFields
{
    public static readonly SortFields<ItMaintenanceRecord> All = new SortFields<ItMaintenanceRecord>("-createdAt")
        .Add("createdAt", r => r.CreatedAt)
        .Add("performedOn", r => r.PerformedOn);
}
