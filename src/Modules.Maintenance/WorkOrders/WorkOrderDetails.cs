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
    /// <summary>The response for a loaded or just-saved work order (the get and the writes on it answer with it).</summary>
    public static WorkOrderDetails From(WorkOrder w) => new(
        w.Id, w.Title, w.Description, w.Priority, w.Status, w.EquipmentId, w.SiteId, w.TechnicianId, w.AssignmentOverriddenBy,
        w.RequestedBy, w.DueAt, w.Source, w.SourceReference, w.PreventivePlanId, w.RequiredSkills, w.CancellationReason,
        w.RequestedAt, w.OpenedAt, w.AssignedAt, w.StartedAt, w.CompletedAt, w.ClosedAt, w.CancelledAt, w.ReopenedAt,
        w.Version, w.CreatedAt, w.UpdatedAt);
}
