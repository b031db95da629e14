using OpsPlatform.Shared.Kernel.Cqrs;

namespace OpsPlatform.Modules.Maintenance.Reports.GetOpenWorkOrdersReport;

internal sealed record GetOpenWorkOrdersReportQuery : IQuery<OpenWorkOrdersReport>;
