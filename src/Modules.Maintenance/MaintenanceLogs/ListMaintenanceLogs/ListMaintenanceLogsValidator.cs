using OpsPlatform.Shared.Kernel.Http;

namespace OpsPlatform.Modules.Maintenance.MaintenanceLogs.ListMaintenanceLogs;

internal sealed class ListMaintenanceLogsValidator() : PagedQueryValidator<ListMaintenanceLogsQuery, MaintenanceLog>(MaintenanceLogSortFields.All);
