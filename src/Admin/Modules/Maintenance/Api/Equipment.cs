namespace OpsPlatform.Admin.Modules.Maintenance.Api;

public sealed record EquipmentSummary(Guid Id, string Name, string Type, string SerialNumber, string Location, EquipmentStatus Status, Guid? SiteId);

public sealed record EquipmentDetails(
    Guid Id, string Name, string Type, string SerialNumber, string Location, EquipmentStatus Status, Guid? SiteId, int Version, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);

/// <summary>A work order raised on the equipment (<see cref="Kind"/> "work_order") or a log written on one ("log").</summary>
public sealed record EquipmentHistoryEntry(
    string Kind, DateTimeOffset At, Guid WorkOrderId, string Title, WorkOrderStatus Status, WorkOrderPriority Priority, Guid By, Guid? LogId, string? Entry, int? MinutesSpent);
