namespace OpsPlatform.Modules.Maintenance.WorkOrders.ListWorkOrderTransitions;

/// <summary>One status change in a work order's history; <see cref="FromStatus"/> is null for the first (its raising).</summary>
internal sealed record WorkOrderTransitionEntry(WorkOrderStatus? FromStatus, WorkOrderStatus ToStatus, DateTimeOffset At, Guid? ChangedBy, string? Note);
