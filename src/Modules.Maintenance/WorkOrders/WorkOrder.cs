using OpsPlatform.Modules.Maintenance.Technicians;
using OpsPlatform.Modules.Maintenance.WorkOrders.History;
using OpsPlatform.Shared.Kernel.Domain;
using OpsPlatform.Shared.Kernel.Persistence;
using static OpsPlatform.Modules.Maintenance.WorkOrders.WorkOrderStatus;

namespace OpsPlatform.Modules.Maintenance.WorkOrders;

/// <summary>
/// A job on a piece of equipment and/or at a client site. Workflow: requested → open → assigned → in_progress ⇄
/// on_hold → completed → closed; cancelled (with a reason) from any state before completed; reopened from completed.
/// Event-sourced on <see cref="WorkOrderHistory"/>: each method checks its rule, then records one event; the stored
/// document is the stream's inline projection. Each transition keeps its time on the work order (first start, last
/// completion, …) and in the stream.
/// </summary>
internal sealed class WorkOrder : EventSourcedAggregate<WorkOrderHistory.IEvent>
{
    private static readonly Dictionary<WorkOrderStatus, WorkOrderStatus[]> Next = new()
    {
        [Requested] = [Open, Cancelled],
        [Open] = [Assigned, Cancelled],
        [Assigned] = [InProgress, Cancelled],
        [InProgress] = [OnHold, Completed, Cancelled],
        [OnHold] = [InProgress, Cancelled],
        [Completed] = [Closed],
        [Closed] = [],
        [Cancelled] = [],
    };

    /// <summary>Where a technician may move a work order assigned to them (they reach assigned through an assignment).</summary>
    public static readonly WorkOrderStatus[] TechnicianTargets = [InProgress, OnHold, Completed];

    public static readonly WorkOrderStatus[] Unfinished = [Requested, Open, Assigned, InProgress, OnHold];


    private WorkOrder() { }

    public string Title { get; private set; } = "";
    public string Description { get; private set; } = "";
    public WorkOrderPriority Priority { get; private set; }
    public WorkOrderStatus Status { get; private set; }
    public Guid? EquipmentId { get; private set; }
    public Guid? SiteId { get; private set; }
    public Guid? TechnicianId { get; private set; }
    public Guid? TechnicianUserId { get; private set; }
    public Guid? AssignmentOverriddenBy { get; private set; }
    public Guid RequestedBy { get; private set; }
    public DateTimeOffset? DueAt { get; private set; }
    public WorkOrderSource Source { get; private set; }
    public string? SourceReference { get; private set; }
    public Guid? PreventivePlanId { get; private set; }
    public string[] RequiredSkills { get; private set; } = [];
    public string? CancellationReason { get; private set; }
    public DateTimeOffset? RequestedAt { get; private set; }
    public DateTimeOffset? OpenedAt { get; private set; }
    public DateTimeOffset? AssignedAt { get; private set; }
    public DateTimeOffset? StartedAt { get; private set; }
    public DateTimeOffset? CompletedAt { get; private set; }
    public DateTimeOffset? ClosedAt { get; private set; }
    public DateTimeOffset? CancelledAt { get; private set; }
    public DateTimeOffset? ReopenedAt { get; private set; }

    /// <summary>Urgency as a number (low 1 … urgent 4), stored so that "sort by priority" has an index.</summary>
    public int PriorityRank { get; private set; }

    public bool IsFinished => Status is Completed or Closed or Cancelled;

    /// <summary>The user ids besides managers who may follow this work order: its requester and its technician.</summary>
    public IReadOnlyList<Guid> Followers => TechnicianUserId is { } technician && technician != RequestedBy ? [RequestedBy, technician] : [RequestedBy];

    public static WorkOrder Raise(
        string title, string description, WorkOrderPriority priority, Guid? equipmentId, Guid? siteId, DateTimeOffset? dueAt,
        IEnumerable<string> requiredSkills, WorkOrderOrigin origin, DateTimeOffset now)
    {
        // IT hardware is neither maintenance equipment nor a client site: a repair it asks for names the asset in its source reference.
        if (equipmentId is null && siteId is null && origin.Source != WorkOrderSource.ItAsset)
            throw new DomainRuleViolation("A work order names the equipment or the site it is for (or both).", "equipmentId");
        var status = origin.Source == WorkOrderSource.Request ? Requested : Open;
        var workOrder = new WorkOrder { Id = Guid.CreateVersion7(now) };
        workOrder.Record(new WorkOrderHistory.Raised(
            title.Trim(), description.Trim(), priority, status, equipmentId, siteId, origin.RequestedBy, dueAt, origin.Source, origin.Reference,
            origin.PreventivePlanId, NormalizeSkills(requiredSkills), now));
        return workOrder;
    }

    /// <summary>The state before the first event of the stream <paramref name="id"/> (for the projection).</summary>
    public static WorkOrder Empty(Guid id) => new() { Id = id };

    /// <summary>A status change through the workflow. Technicians may only move their work between in_progress, on_hold and completed.</summary>
    public void MoveTo(WorkOrderStatus target, Guid actor, bool actorIsManager, string? reason, DateTimeOffset now)
    {
        if (!actorIsManager && !TechnicianTargets.Contains(target))
            throw new DomainRuleViolation(
                $"A technician may move a work order only to {Words(TechnicianTargets)}; '{Word(target)}' is for managers.", "status");
        if (target == Cancelled)
        {
            Cancel(reason, actor, now);
            return;
        }
        if (target == Assigned && TechnicianId is null && Next[Status].Contains(Assigned))
            throw new DomainRuleViolation("Assign a technician to move a work order to 'assigned' (POST .../assign).", "status");
        if (!Next[Status].Contains(target))
            throw IllegalTransition(target);

        Record(new WorkOrderHistory.Moved(Status, target, actor, reason, now));
    }

    public void Cancel(string? reason, Guid actor, DateTimeOffset now)
    {
        if (IsFinished)
            throw new ConflictException(
                $"A work order in status '{Word(Status)}' cannot be cancelled; only one in {Words(Unfinished)} can.",
                extensions: Allowed(Status == Completed ? [Closed] : []));
        if (string.IsNullOrWhiteSpace(reason))
            throw new DomainRuleViolation("Cancelling a work order needs a reason.", "reason");
        Record(new WorkOrderHistory.Cancelled(Status, actor, reason.Trim(), now));
    }

    /// <summary>Back to work after a completion: to assigned when a technician is on it, otherwise to open.</summary>
    public void Reopen(string? reason, Guid actor, DateTimeOffset now)
    {
        if (Status != Completed)
            throw new ConflictException(
                $"Only a completed work order can be reopened; this one is '{Word(Status)}'.", extensions: Allowed(Next[Status]));
        Record(new WorkOrderHistory.Reopened(TechnicianId is null ? Open : Assigned, actor, reason, now));
    }

    /// <summary>
    /// Puts a technician on the work order (a requested or open one becomes assigned). A technician without every
    /// required skill is refused unless a manager overrides, which is recorded.
    /// </summary>
    /// <returns>The status before, when the assignment changed it.</returns>
    public WorkOrderStatus? Assign(Technician technician, Guid actor, bool overrideChecks, DateTimeOffset now)
    {
        if (IsFinished)
            throw new ConflictException(
                $"A work order in status '{Word(Status)}' cannot be assigned; only one in {Words(Unfinished)} can.", extensions: Allowed(Next[Status]));
        if (!technician.Active)
            throw new DomainRuleViolation($"Technician '{technician.Name}' is inactive.", "technicianId");
        var missing = technician.MissingSkills(RequiredSkills);
        if (missing.Count > 0 && !overrideChecks)
            throw new DomainRuleViolation(
                $"Technician '{technician.Name}' lacks the required skill(s) {string.Join(", ", missing)}. A manager may assign anyway with \"override\": true.",
                "technicianId");

        WorkOrderStatus? from = Status is Requested or Open ? Status : null;
        Record(new WorkOrderHistory.TechnicianAssigned(
            technician.Id, technician.UserId, missing.Count > 0 ? actor : null, from, actor,
            missing.Count > 0 ? $"Skill check overridden: missing {string.Join(", ", missing)}." : null, now));
        return from;
    }

    /// <summary>The assigned technician's record now belongs to another user account: it follows the work order instead.</summary>
    public void TechnicianAccountChanged(Guid? userId, DateTimeOffset now)
    {
        if (userId != TechnicianUserId) Record(new WorkOrderHistory.TechnicianAccountChanged(userId, now));
    }

    public void UpdateDetails(string title, string description, WorkOrderPriority priority, DateTimeOffset? dueAt, IEnumerable<string> requiredSkills, DateTimeOffset now)
    {
        if (Status is Closed or Cancelled)
            throw new ConflictException($"A work order in status '{Word(Status)}' can no longer be changed.");
        Record(new WorkOrderHistory.DetailsChanged(title.Trim(), description.Trim(), priority, dueAt, NormalizeSkills(requiredSkills), now));
    }

    protected override void Change(WorkOrderHistory.IEvent e)
    {
        switch (e)
        {
            case WorkOrderHistory.Raised r:
                (Title, Description, Priority, Status, EquipmentId, SiteId, RequestedBy, DueAt) =
                    (r.Title, r.Description, r.Priority, r.Status, r.EquipmentId, r.SiteId, r.RequestedBy, r.DueAt);
                (Source, SourceReference, PreventivePlanId, RequiredSkills) = (r.Source, r.SourceReference, r.PreventivePlanId, r.RequiredSkills);
                RequestedAt = r.Status == Requested ? r.At : null;
                OpenedAt = r.Status == Open ? r.At : null;
                break;
            case WorkOrderHistory.Moved m:
                Status = m.To;
                switch (m.To)
                {
                    case Open: OpenedAt = m.At; break;
                    case Assigned: AssignedAt = m.At; break;
                    case InProgress: StartedAt ??= m.At; break;
                    case Completed: CompletedAt = m.At; break;
                    case Closed: ClosedAt = m.At; break;
                }
                break;
            case WorkOrderHistory.Cancelled c:
                (Status, CancelledAt, CancellationReason) = (Cancelled, c.At, c.Reason);
                break;
            case WorkOrderHistory.Reopened r:
                (Status, CompletedAt, ReopenedAt) = (r.To, null, r.At);
                break;
            case WorkOrderHistory.TechnicianAssigned a:
                (TechnicianId, TechnicianUserId, AssignmentOverriddenBy, AssignedAt) = (a.TechnicianId, a.TechnicianUserId, a.OverriddenBy, a.At);
                if (a.From is not null) Status = Assigned;
                break;
            case WorkOrderHistory.DetailsChanged d:
                (Title, Description, Priority, DueAt, RequiredSkills) = (d.Title, d.Description, d.Priority, d.DueAt, d.RequiredSkills);
                break;
            case WorkOrderHistory.TechnicianAccountChanged t:
                TechnicianUserId = t.TechnicianUserId;
                break;
        }
        PriorityRank = (int)Priority + 1;
    }

    /// <summary>A work order with logs is history: it is cancelled, never deleted.</summary>
    public void EnsureDeletable(bool hasLogs)
    {
        if (hasLogs)
            throw new DomainRuleViolation("This work order has maintenance logs and cannot be deleted; cancel it instead.");
    }

    public static IReadOnlyList<WorkOrderStatus> AllowedAfter(WorkOrderStatus status) => Next[status];

    /// <summary>
    /// What someone who may work on this work order may do now, by the rules <see cref="MoveTo"/>, <see cref="Assign"/>,
    /// <see cref="Cancel"/>, <see cref="Reopen"/> and the log and edit commands enforce (those stay the authority).
    /// </summary>
    public GetWorkOrderActions.WorkOrderActions ActionsFor(bool actorIsManager)
    {
        var statuses = Next[Status]
            .Where(s => s != Cancelled && (actorIsManager ? s != Assigned || TechnicianId is not null : TechnicianTargets.Contains(s)))
            .ToArray();
        var open = Status is not (Closed or Cancelled);
        return new(Status, Version, statuses,
            CanAssign: actorIsManager && !IsFinished,
            CanCancel: actorIsManager && !IsFinished,
            CanReopen: actorIsManager && Status == Completed,
            CanEdit: actorIsManager && open,
            CanLog: open);
    }

    private ConflictException IllegalTransition(WorkOrderStatus target)
    {
        var allowed = Next[Status];
        var reopen = Status == Completed ? " A completed work order can also be reopened (POST .../reopen)." : "";
        return new ConflictException(
            $"A work order cannot move from '{Word(Status)}' to '{Word(target)}'. Allowed from '{Word(Status)}': {(allowed.Length == 0 ? "none" : Words(allowed))}.{reopen}",
            extensions: Allowed(allowed));
    }

    private Dictionary<string, object?> Allowed(IEnumerable<WorkOrderStatus> allowed) => new()
    {
        ["currentStatus"] = Word(Status),
        ["allowed"] = allowed.Select(Word).ToArray(),
    };


    private static string[] NormalizeSkills(IEnumerable<string> skills) =>
        skills.Select(s => s.Trim().ToLowerInvariant()).Where(s => s.Length > 0).Distinct().Order(StringComparer.Ordinal).ToArray();

    private static string Word(WorkOrderStatus status) => EnumText<WorkOrderStatus>.ToText(status);

    private static string Words(IEnumerable<WorkOrderStatus> statuses) => string.Join(", ", statuses.Select(Word));
}
