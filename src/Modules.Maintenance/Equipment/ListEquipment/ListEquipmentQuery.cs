using OpsPlatform.Shared.Kernel.Cqrs;
using OpsPlatform.Shared.Kernel.Http;

namespace OpsPlatform.Modules.Maintenance.Equipment.ListEquipment;

internal sealed record ListEquipmentQuery(
    QueryEnum<EquipmentStatus>? Status,
    string? Type,
    string? Location,
    Guid? SiteId,
    int? Page,
    int? PageSize,
    string? Sort,
    bool? Count) : IQuery<Paged<EquipmentSummary>>, IPagedQuery;
