using Marten;
using MediatR;
using OpsPlatform.Modules.Maintenance.Persistence;
using OpsPlatform.Modules.Maintenance.WorkOrders;

namespace OpsPlatform.Modules.Maintenance.Reports.GetOpenWorkOrdersReport;

/// <summary>One aggregate query over the unfinished work orders of the projection (its status index serves the filter).</summary>
internal sealed class GetOpenWorkOrdersReportHandler(MaintenanceSession db, TimeProvider clock) : IRequestHandler<GetOpenWorkOrdersReportQuery, OpenWorkOrdersReport>
{
    public async Task<OpenWorkOrdersReport> Handle(GetOpenWorkOrdersReportQuery query, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var rows = await db.Documents.AdvancedSql.QueryAsync<Row>($"""
            SELECT json_build_object(
                'Priority', priority,
                'Total', count(*),
                'UnderOneDay', count(*) FILTER (WHERE created_at > ?::timestamptz - interval '1 day'),
                'OneToSevenDays', count(*) FILTER (WHERE created_at <= ?::timestamptz - interval '1 day' AND created_at > ?::timestamptz - interval '7 days'),
                'SevenToThirtyDays', count(*) FILTER (WHERE created_at <= ?::timestamptz - interval '7 days' AND created_at > ?::timestamptz - interval '30 days'),
                'OverThirtyDays', count(*) FILTER (WHERE created_at <= ?::timestamptz - interval '30 days'),
                'OldestAgeDays', extract(epoch FROM ?::timestamptz - min(created_at))::float8 / 86400)
            FROM {ReportSql.WorkOrders}
            WHERE status IN ({ReportSql.Unfinished})
            GROUP BY priority
            """, cancellationToken, now, now, now, now, now, now, now);

        var lines = Enum.GetValues<WorkOrderPriority>().Reverse().Select(priority =>
            rows.FirstOrDefault(r => ReportSql.Priority(r.Priority) == priority) is { } r
                ? new OpenWorkOrdersReport.PriorityLine(priority, r.Total, r.UnderOneDay, r.OneToSevenDays, r.SevenToThirtyDays, r.OverThirtyDays, Math.Round(r.OldestAgeDays ?? 0, 2))
                : new OpenWorkOrdersReport.PriorityLine(priority, 0, 0, 0, 0, 0, null)).ToList();
        return new OpenWorkOrdersReport(now, lines.Sum(l => l.Total), lines);
    }

    private sealed record Row(string Priority, long Total, long UnderOneDay, long OneToSevenDays, long SevenToThirtyDays, long OverThirtyDays, double? OldestAgeDays);
}
