namespace OpsPlatform.Admin.Modules.Maintenance.Api;

/// <summary>The API's workflow states, in workflow order (the board's columns follow it).</summary>
public enum WorkOrderStatus
{
    Requested,
    Open,
    Assigned,
    InProgress,
    OnHold,
    Completed,
    Closed,
    Cancelled,
}

public enum WorkOrderPriority
{
    Low,
    Medium,
    High,
    Urgent,
}

public enum WorkOrderSource
{
    Request,
    Preventive,
    Inspection,
    Manual,
}

public enum EquipmentStatus
{
    Operational,
    Down,
    Retired,
}
