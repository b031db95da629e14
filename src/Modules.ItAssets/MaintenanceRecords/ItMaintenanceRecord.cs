using OpsPlatform.Shared.Kernel.Domain;

namespace OpsPlatform.Modules.ItAssets.MaintenanceRecords;

/// <summary>
/// Maintenance on a hardware asset: work already done (repair, upgrade, inspection), or a repair requested from the
/// Maintenance module, which links its work order (<see cref="WorkOrderId"/>) and closes the record when it completes.
/// </summary>
internal sealed class ItMaintenanceRecord : AggregateRoot
{
    private ItMaintenanceRecord() { }

    public Guid HardwareId { get; private set; }
    public string AssetTag { get; private set; } = "";
    public MaintenanceKind Kind { get; private set; }
    public DateOnly PerformedOn { get; private set; }
    public string Details { get; private set; } = "";
    public decimal? Cost { get; private set; }
    public string? Vendor { get; private set; }
    public Guid RecordedBy { get; private set; }
    public MaintenanceRecordStatus Status { get; private set; }
    public Guid? WorkOrderId { get; private set; }
    public DateTimeOffset? CompletedAt { get; private set; }

    public static ItMaintenanceRecord Done(Guid hardwareId, string assetTag, MaintenanceKind kind, DateOnly performedOn, string details,
        decimal? cost, string? vendor, Guid actor, DateTimeOffset now)
    {
        if (performedOn > DateOnly.FromDateTime(now.UtcDateTime))
            throw new DomainRuleViolation("Work done cannot be dated in the future; request a repair instead.", "performedOn");
        return New(hardwareId, assetTag, kind, performedOn, details, cost, vendor, actor, now, MaintenanceRecordStatus.Done);
    }

    public static ItMaintenanceRecord RepairRequested(Guid hardwareId, string assetTag, string details, string? vendor, Guid actor, DateTimeOffset now) =>
        New(hardwareId, assetTag, MaintenanceKind.Repair, DateOnly.FromDateTime(now.UtcDateTime), details, null, vendor, actor, now,
            MaintenanceRecordStatus.RepairRequested);

    private static ItMaintenanceRecord New(Guid hardwareId, string assetTag, MaintenanceKind kind, DateOnly performedOn, string details,
        decimal? cost, string? vendor, Guid actor, DateTimeOffset now, MaintenanceRecordStatus status) => new()
    {
        Id = Guid.CreateVersion7(now),
        HardwareId = hardwareId,
        AssetTag = assetTag,
        Kind = kind,
        PerformedOn = performedOn,
        Details = details.Trim(),
        Cost = cost,
        Vendor = string.IsNullOrWhiteSpace(vendor) ? null : vendor.Trim(),
        RecordedBy = actor,
        Status = status,
        CompletedAt = status == MaintenanceRecordStatus.Done ? now : null,
    };

    /// <summary>Links the work order Maintenance raised for this request; the first link stays.</summary>
    public bool LinkWorkOrder(Guid workOrderId)
    {
        if (WorkOrderId is not null) return false;
        WorkOrderId = workOrderId;
        return true;
    }

    /// <summary>The repair's work order completed; false when the record was already closed (a redelivery).</summary>
    public bool CompleteRepair(DateTimeOffset completedAt)
    {
        if (Status != MaintenanceRecordStatus.RepairRequested) return false;
        Status = MaintenanceRecordStatus.Done;
        PerformedOn = DateOnly.FromDateTime(completedAt.UtcDateTime);
        CompletedAt = completedAt;
        return true;
    }
}
