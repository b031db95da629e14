namespace OpsPlatform.Admin.Modules.ItAssets.Api;

/// <summary><c>GET /api/it-assets/reports/compliance</c>: each section's full count and its first rows.</summary>
public sealed record ComplianceReport(
    DateOnly AsOf,
    int WithinDays,
    ReportSection<LicenseSeatUse> SeatUse,
    ReportSection<LicenseSeatUse> ExpiredLicensesInUse,
    ReportSection<LicenseSeatUse> LicensesEndingSoon,
    ReportSection<WarrantyEnding> WarrantiesEndingSoon,
    ReportSection<HardwareWithoutHolder> HardwareWithoutHolder,
    ReportSection<Assignment> OverdueReturns);

public sealed record ReportSection<T>(long Count, IReadOnlyList<T> Items);

public sealed record LicenseSeatUse(Guid LicenseId, string ProductName, string? Vendor, int? SeatsOwned, int SeatsUsed, DateOnly? ExpiresOn);

public sealed record WarrantyEnding(Guid HardwareId, string AssetTag, string Name, DateOnly? WarrantyEndsOn, Guid? AssignedTo);

public sealed record HardwareWithoutHolder(Guid HardwareId, string AssetTag, string Name, string? Location);
