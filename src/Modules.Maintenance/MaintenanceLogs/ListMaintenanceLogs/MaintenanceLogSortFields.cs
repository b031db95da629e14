using OpsPlatform.Shared.Kernel.Http;

namespace OpsPlatform.Modules.Maintenance.MaintenanceLogs.ListMaintenanceLogs;

internal static class MaintenanceLogSortFields
{
    public static readonly SortFields<MaintenanceLog> All = new SortFields<MaintenanceLog>("-createdAt")
        .Add("createdAt", l => l.CreatedAt);
}
