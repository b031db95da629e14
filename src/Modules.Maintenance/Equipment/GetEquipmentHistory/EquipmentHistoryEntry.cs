using OpsPlatform.Modules.Maintenance.WorkOrders;

namespace OpsPlatform.Modules.Maintenance.Equipment.GetEquipmentHistory;

/// <summary>
/// One line of a piece of equipment's maintenance history: a work order raised on it (<see cref="Kind"/> "work_order")
/// or a log written on one of those (<see cref="Kind"/> "log", with the entry and minutes).
/// </summary>
internal sealed record EquipmentHistoryEntry(
    string Kind,
    DateTimeOffset At,
    Guid WorkOrderId,
    string Title,
    WorkOrderStatus Status,
    WorkOrderPriority Priority,
    Guid By,
    Guid? LogId,
    string? Entry,
    int? MinutesSpent);
