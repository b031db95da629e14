using OpsPlatform.Shared.Kernel.Domain;

namespace OpsPlatform.Modules.Maintenance.Equipment;

/// <summary>A maintained asset (the seed's Asset/Equipment). Its serial number is unique across the module.</summary>
internal sealed class Equipment : AggregateRoot
{
    private Equipment() { }

    public string Name { get; private set; } = "";
    public string Type { get; private set; } = "";
    public string SerialNumber { get; private set; } = "";
    public string Location { get; private set; } = "";
    public EquipmentStatus Status { get; private set; }

    /// <summary>The janitorial client site it stands at, if any; work orders on it inherit it.</summary>
    public Guid? SiteId { get; private set; }

    public void Update(string name, string type, string serialNumber, string location, EquipmentStatus status, Guid? siteId = null)
    {
        if (Status == EquipmentStatus.Retired && status != EquipmentStatus.Retired)
            throw new DomainRuleViolation("Retired equipment cannot be put back into service; register it again.", "status");
        Name = name.Trim();
        Type = type.Trim();
        SerialNumber = serialNumber.Trim();
        Location = location.Trim();
        Status = status;
        SiteId = siteId;
    }

    /// <summary>Equipment with work orders or plans is history: it is retired, never deleted.</summary>
    public void EnsureDeletable(bool inUse)
    {
        if (inUse)
            throw new DomainRuleViolation($"'{Name}' has work orders or preventive plans and cannot be deleted; retire it instead.");
    }

    public static Equipment Register(string name, string type, string serialNumber, string location, Guid? siteId = null) => new()
    {
        SiteId = siteId,
        Name = name.Trim(),
        Type = type.Trim(),
        SerialNumber = serialNumber.Trim(),
        Location = location.Trim(),
        Status = EquipmentStatus.Operational,
    };
}
