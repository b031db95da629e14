using OpsPlatform.Shared.Kernel.Domain;

namespace OpsPlatform.Modules.Maintenance.WorkOrders.History;

/// <summary>
/// The events of a work order's stream (Marten, schema <c>maintenance</c>): its transitions with their times and
/// actors, and the changes to its details. The work order document is their inline projection; the transition history
/// and the reports read them. Written once, never changed.
/// </summary>
internal static class WorkOrderHistory
{
    public interface IEvent : IStreamEvent;

    public sealed record Raised(
        string Title, string Description, WorkOrderPriority Priority, WorkOrderStatus Status, Guid? EquipmentId, Guid? SiteId,
        Guid RequestedBy, DateTimeOffset? DueAt, WorkOrderSource Source, string? SourceReference, Guid? PreventivePlanId,
        string[] RequiredSkills, DateTimeOffset At) : IEvent;

    public sealed record Moved(WorkOrderStatus From, WorkOrderStatus To, Guid By, string? Note, DateTimeOffset At) : IEvent;

    public sealed record Cancelled(WorkOrderStatus From, Guid By, string Reason, DateTimeOffset At) : IEvent;

    public sealed record Reopened(WorkOrderStatus To, Guid By, string? Note, DateTimeOffset At) : IEvent;

    /// <summary><see cref="From"/> is set when the assignment moved the work order to assigned.</summary>
    public sealed record TechnicianAssigned(
        Guid TechnicianId, Guid? TechnicianUserId, Guid? OverriddenBy, WorkOrderStatus? From, Guid By, string? Note, DateTimeOffset At) : IEvent;

    public sealed record DetailsChanged(
        string Title, string Description, WorkOrderPriority Priority, DateTimeOffset? DueAt, string[] RequiredSkills, DateTimeOffset At) : IEvent;

    /// <summary>The assigned technician's record was linked to another user account (or none).</summary>
    public sealed record TechnicianAccountChanged(Guid? TechnicianUserId, DateTimeOffset At) : IEvent;

    /// <summary>The status change an event made, if any: what the transition history lists.</summary>
    public static (WorkOrderStatus? From, WorkOrderStatus To, Guid? By, string? Note)? TransitionOf(IEvent e) => e switch
    {
        Raised r => (null, r.Status, r.RequestedBy, null),
        Moved m => (m.From, m.To, m.By, m.Note),
        Cancelled c => (c.From, WorkOrderStatus.Cancelled, c.By, c.Reason),
        Reopened r => (WorkOrderStatus.Completed, r.To, r.By, r.Note),
        TechnicianAssigned { From: { } from } a => (from, WorkOrderStatus.Assigned, a.By, a.Note),
        _ => null,
    };

    public static readonly Type[] All =
        [typeof(Raised), typeof(Moved), typeof(Cancelled), typeof(Reopened), typeof(TechnicianAssigned), typeof(DetailsChanged), typeof(TechnicianAccountChanged)];
}
