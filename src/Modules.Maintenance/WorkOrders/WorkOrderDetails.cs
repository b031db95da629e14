using System.Linq.Expressions;

namespace OpsPlatform.Modules.Maintenance.WorkOrders;

/// <summary>A work order with its workflow timestamps (each null until the work order first got there).</summary>
internal sealed record WorkOrderDetails(
    Guid Id,
    string Title,
    string Description,
    WorkOrderPriority Priority,
    WorkOrderStatus Status,
    Guid? EquipmentId,
    Guid? SiteId,
    Guid? TechnicianId,
    Guid? AssignmentOverriddenBy,
    Guid RequestedBy,
    DateTimeOffset? DueAt,
    WorkOrderSource Source,
    string? SourceReference,
    Guid? PreventivePlanId,
    string[] RequiredSkills,
    string? CancellationReason,
    DateTimeOffset? RequestedAt,
    DateTimeOffset? OpenedAt,
    DateTimeOffset? AssignedAt,
    DateTimeOffset? StartedAt,
    DateTimeOffset? CompletedAt,
    DateTimeOffset? ClosedAt,
    DateTimeOffset? CancelledAt,
    DateTimeOffset? ReopenedAt,
    int Version,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    /// <summary>The one projection: queries select it in SQL, writes apply it to the entity they saved.</summary>
    public static readonly Expression<Func<WorkOrder, WorkOrderDetails>> Projection = w => new WorkOrderDetails(
        w.Id, w.Title, w.Description, w.Priority, w.Status, w.EquipmentId, w.SiteId, w.TechnicianId, w.AssignmentOverriddenBy,
        w.RequestedBy, w.DueAt, w.Source, w.SourceReference, w.PreventivePlanId, w.RequiredSkills, w.CancellationReason,
        w.RequestedAt, w.OpenedAt, w.AssignedAt, w.StartedAt, w.CompletedAt, w.ClosedAt, w.CancelledAt, w.ReopenedAt,
        w.Version, w.CreatedAt, w.UpdatedAt);

    private static readonly Func<WorkOrder, WorkOrderDetails> Compiled = Projection.Compile();

    public static WorkOrderDetails From(WorkOrder workOrder) => Compiled(workOrder);
}
