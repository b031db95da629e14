using OpsPlatform.Shared.Kernel.Cqrs;
using OpsPlatform.Shared.Kernel.Http;

namespace OpsPlatform.Modules.ItAssets.MaintenanceRecords.ListMaintenanceRecords;

internal sealed record ListMaintenanceRecordsQuery(
    Guid? HardwareId,
    QueryEnum<MaintenanceKind>? Kind,
    QueryEnum<MaintenanceRecordStatus>? Status,
    int? Page,
    int? PageSize,
    string? Sort,
    bool? Count) : IQuery<Paged<MaintenanceRecordDetails>>, IPagedQuery;
