using OpsPlatform.Shared.Kernel.Cqrs;
using OpsPlatform.Shared.Kernel.Http;

namespace OpsPlatform.Modules.Maintenance.WorkOrders.ListWorkOrders;

/// <summary><see cref="Overdue"/>: due before now and not yet completed, closed or cancelled. <see cref="Q"/>: full-text search over title and description.</summary>
internal sealed record ListWorkOrdersQuery(
    QueryEnum<WorkOrderStatus>? Status,
    QueryEnum<WorkOrderPriority>? Priority,
    Guid? EquipmentId,
    Guid? SiteId,
    Guid? TechnicianId,
    QueryEnum<WorkOrderSource>? Source,
    DateTimeOffset? DueBefore,
    DateTimeOffset? DueAfter,
    bool? Overdue,
    string? Q,
    int? Page,
    int? PageSize,
    string? Sort,
    bool? Count) : IQuery<Paged<WorkOrderSummary>>, IPagedQuery;
