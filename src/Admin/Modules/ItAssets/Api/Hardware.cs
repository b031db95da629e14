namespace OpsPlatform.Admin.Modules.ItAssets.Api;

public enum LifecycleStage { Ordered, InStock, Deployed, InRepair, Retired, Disposed }

public enum HardwareStatus { Ready, Pending, Broken, Lost }

public enum HardwareCategory { Laptop, Desktop, Server, Monitor, Phone, Tablet, Network, Peripheral, Other }

public enum HardwareChangeKind { Registered, StageChanged, StatusChanged, CheckedOut, CheckedIn }

public sealed record HardwareSummary(
    Guid Id, string AssetTag, string Name, string? Model, HardwareCategory Category, LifecycleStage Stage, HardwareStatus Status,
    string? Location, Guid? AssignedTo, string? AssignedLocation, DateOnly? WarrantyEndsOn);

public sealed record HardwareDetails(
    Guid Id, string AssetTag, string Name, string? Model, string? Manufacturer, HardwareCategory Category, string? SerialNumber, string? Location,
    DateOnly? PurchasedOn, decimal? PurchaseCost, string? Supplier, DateOnly? WarrantyEndsOn, string? Notes, LifecycleStage Stage, HardwareStatus Status,
    Guid? AssignedTo, string? AssignedLocation, Guid? OpenAssignmentId, int Version, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);

/// <summary>One entry of a hardware asset's history; <see cref="From"/> and <see cref="To"/> are the API's words (a stage, a status, a holder).</summary>
public sealed record HardwareChange(HardwareChangeKind Kind, string? From, string? To, Guid By, DateTimeOffset At, string? Note);

/// <summary>The list's filters, as the page's query string keeps them.</summary>
public sealed record HardwareFilter(LifecycleStage? Stage, HardwareStatus? Status, HardwareCategory? Category, string? Q, int Page = 1);

public enum MaintenanceKind { Repair, Upgrade, Inspection }

public enum MaintenanceRecordStatus { Done, RepairRequested }

public sealed record MaintenanceRecord(
    Guid Id, Guid HardwareId, string AssetTag, MaintenanceKind Kind, DateOnly PerformedOn, string Details, decimal? Cost, string? Vendor,
    Guid RecordedBy, MaintenanceRecordStatus Status, Guid? WorkOrderId, DateTimeOffset? CompletedAt, DateTimeOffset CreatedAt);

public sealed record Assignment(
    Guid Id, Guid HardwareId, string AssetTag, string HardwareName, Guid? AssignedTo, string? Location, DateTimeOffset CheckedOutAt, Guid CheckedOutBy,
    DateOnly? ExpectedReturnOn, string? Note, DateTimeOffset? CheckedInAt, Guid? CheckedInBy, string? CheckInNote, bool IsOpen);
