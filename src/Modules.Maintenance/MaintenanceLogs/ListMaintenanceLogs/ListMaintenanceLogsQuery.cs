using OpsPlatform.Shared.Kernel.Cqrs;
using OpsPlatform.Shared.Kernel.Http;

namespace OpsPlatform.Modules.Maintenance.MaintenanceLogs.ListMaintenanceLogs;

/// <summary><see cref="Id"/> is the work order (from the route).</summary>
internal sealed record ListMaintenanceLogsQuery(Guid Id, Guid? LoggedBy, int? Page, int? PageSize, string? Sort, bool? Count) : IQuery<Paged<MaintenanceLogDetails>>, IPagedQuery;
