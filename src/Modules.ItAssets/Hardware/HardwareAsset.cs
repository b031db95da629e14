using OpsPlatform.Shared.Kernel.Domain;

namespace OpsPlatform.Modules.ItAssets.Hardware;

/// <summary>A physical IT asset with a unique asset tag. It is "assigned" exactly when it has a holder.</summary>
internal sealed class HardwareAsset : AggregateRoot
{
    private HardwareAsset() { }

    public string AssetTag { get; private set; } = "";
    public string Name { get; private set; } = "";
    public HardwareCategory Category { get; private set; }
    public string? SerialNumber { get; private set; }
    public HardwareStatus Status { get; private set; }
    public Guid? AssignedTo { get; private set; }
    public DateOnly? PurchasedOn { get; private set; }
    public decimal? PurchaseCost { get; private set; }
    public DateOnly? WarrantyEndsOn { get; private set; }

    public static HardwareAsset Register(
        string assetTag, string name, HardwareCategory category, string? serialNumber, Guid? assignedTo,
        DateOnly? purchasedOn, decimal? purchaseCost, DateOnly? warrantyEndsOn)
    {
        if (purchasedOn is { } bought && warrantyEndsOn is { } warranty && warranty < bought)
            throw new DomainRuleViolation("The warranty cannot end before the purchase date.", "warrantyEndsOn");

        return new HardwareAsset
        {
            AssetTag = assetTag.Trim().ToUpperInvariant(),
            Name = name.Trim(),
            Category = category,
            SerialNumber = string.IsNullOrWhiteSpace(serialNumber) ? null : serialNumber.Trim(),
            Status = assignedTo is null ? HardwareStatus.InStock : HardwareStatus.Assigned,
            AssignedTo = assignedTo,
            PurchasedOn = purchasedOn,
            PurchaseCost = purchaseCost,
            WarrantyEndsOn = warrantyEndsOn,
        };
    }
}
