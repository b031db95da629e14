namespace OpsPlatform.Modules.Maintenance.WorkOrders;

/// <summary>One status change of a work order, kept for the reports and the history. Written once, never changed.</summary>
internal sealed class WorkOrderTransition
{
    private WorkOrderTransition() { }

    public Guid Id { get; private init; }
    public Guid WorkOrderId { get; private init; }
    public WorkOrderStatus? FromStatus { get; private init; }
    public WorkOrderStatus ToStatus { get; private init; }
    public DateTimeOffset At { get; private init; }
    public Guid? ChangedBy { get; private init; }
    public string? Note { get; private init; }

    public static WorkOrderTransition Record(Guid workOrderId, WorkOrderStatus? from, WorkOrderStatus to, DateTimeOffset at, Guid? changedBy, string? note) => new()
    {
        Id = Guid.CreateVersion7(at),
        WorkOrderId = workOrderId,
        FromStatus = from,
        ToStatus = to,
        At = at,
        ChangedBy = changedBy,
        Note = note,
    };
}
