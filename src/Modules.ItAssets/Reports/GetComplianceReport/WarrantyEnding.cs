namespace OpsPlatform.Modules.ItAssets.Reports.GetComplianceReport;

internal sealed record WarrantyEnding(Guid HardwareId, string AssetTag, string Name, DateOnly? WarrantyEndsOn, Guid? AssignedTo);
