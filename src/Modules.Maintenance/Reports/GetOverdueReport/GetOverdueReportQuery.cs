using OpsPlatform.Shared.Kernel.Cqrs;

namespace OpsPlatform.Modules.Maintenance.Reports.GetOverdueReport;

internal sealed record GetOverdueReportQuery : IQuery<OverdueReport>;
