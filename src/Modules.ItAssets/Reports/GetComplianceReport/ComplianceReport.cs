using OpsPlatform.Modules.ItAssets.Assignments;

namespace OpsPlatform.Modules.ItAssets.Reports.GetComplianceReport;

/// <summary>
/// What IT staff check for compliance, as of <see cref="AsOf"/>: seats used against seats owned per license, licenses
/// expired but still in use, licenses and warranties ending within <see cref="WithinDays"/> days, hardware in stock
/// without a holder, and overdue returns. Each section has its full count and its first <see cref="GetComplianceReportHandler.SectionSize"/> rows.
/// </summary>
internal sealed record ComplianceReport(
    DateOnly AsOf,
    int WithinDays,
    ReportSection<LicenseSeatUse> SeatUse,
    ReportSection<LicenseSeatUse> ExpiredLicensesInUse,
    ReportSection<LicenseSeatUse> LicensesEndingSoon,
    ReportSection<WarrantyEnding> WarrantiesEndingSoon,
    ReportSection<HardwareWithoutHolder> HardwareWithoutHolder,
    ReportSection<AssignmentDetails> OverdueReturns);
