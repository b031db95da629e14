namespace OpsPlatform.Modules.ItAssets.Reports.GetComplianceReport;

internal sealed record ReportSection<T>(long Count, IReadOnlyList<T> Items);
