namespace OpsPlatform.Modules.Maintenance.WorkOrders.GetWorkOrderActions;

/// <summary>
/// What the caller may do to a work order now: the <see cref="Statuses"/> they may send to <c>POST .../status</c>
/// (cancelling is <see cref="CanCancel"/>, since it needs a reason), and the other actions. Clients show only these.
/// </summary>
internal sealed record WorkOrderActions(
    WorkOrderStatus Status,
    int Version,
    IReadOnlyList<WorkOrderStatus> Statuses,
    bool CanAssign,
    bool CanCancel,
    bool CanReopen,
    bool CanEdit,
    bool CanLog);
