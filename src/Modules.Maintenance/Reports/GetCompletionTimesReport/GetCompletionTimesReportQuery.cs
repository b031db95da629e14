using OpsPlatform.Shared.Kernel.Cqrs;

namespace OpsPlatform.Modules.Maintenance.Reports.GetCompletionTimesReport;

/// <summary>Work orders completed in [<see cref="From"/>, <see cref="To"/>) (default: the last 90 days).</summary>
internal sealed record GetCompletionTimesReportQuery(DateTimeOffset? From, DateTimeOffset? To) : IQuery<CompletionTimesReport>;
