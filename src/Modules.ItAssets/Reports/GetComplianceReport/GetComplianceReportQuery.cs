using OpsPlatform.Shared.Kernel.Cqrs;

namespace OpsPlatform.Modules.ItAssets.Reports.GetComplianceReport;

/// <summary><see cref="WithinDays"/>: how far ahead "ending soon" looks (default 30).</summary>
internal sealed record GetComplianceReportQuery(int? WithinDays) : IQuery<ComplianceReport>;
