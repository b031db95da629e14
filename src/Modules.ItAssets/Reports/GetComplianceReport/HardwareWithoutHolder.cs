namespace OpsPlatform.Modules.ItAssets.Reports.GetComplianceReport;

internal sealed record HardwareWithoutHolder(Guid HardwareId, string AssetTag, string Name, string? Location);
