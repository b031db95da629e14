using MediatR;
using Microsoft.EntityFrameworkCore;
using OpsPlatform.Modules.Maintenance.Persistence;
using OpsPlatform.Modules.Maintenance.WorkOrders;
using OpsPlatform.Shared.Kernel.Persistence;

namespace OpsPlatform.Modules.Maintenance.Reports.GetOpenWorkOrdersReport;

/// <summary>One aggregate query over the unfinished work orders (ix_work_orders_status serves the status filter).</summary>
internal sealed class GetOpenWorkOrdersReportHandler(MaintenanceDbContext db, TimeProvider clock) : IRequestHandler<GetOpenWorkOrdersReportQuery, OpenWorkOrdersReport>
{
    public async Task<OpenWorkOrdersReport> Handle(GetOpenWorkOrdersReportQuery query, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var rows = await db.Database.SqlQuery<Row>($"""
            SELECT priority AS "Priority",
                   count(*) AS "Total",
                   count(*) FILTER (WHERE created_at > {now} - interval '1 day') AS "UnderOneDay",
                   count(*) FILTER (WHERE created_at <= {now} - interval '1 day' AND created_at > {now} - interval '7 days') AS "OneToSevenDays",
                   count(*) FILTER (WHERE created_at <= {now} - interval '7 days' AND created_at > {now} - interval '30 days') AS "SevenToThirtyDays",
                   count(*) FILTER (WHERE created_at <= {now} - interval '30 days') AS "OverThirtyDays",
                   extract(epoch FROM {now} - min(created_at))::float8 / 86400 AS "OldestAgeDays"
            FROM maintenance.work_orders
            WHERE status IN ('requested', 'open', 'assigned', 'in_progress', 'on_hold')
            GROUP BY priority
            """).ToListAsync(cancellationToken);

        var lines = Enum.GetValues<WorkOrderPriority>().Reverse().Select(priority =>
            rows.FirstOrDefault(r => r.Priority == EnumText<WorkOrderPriority>.ToText(priority)) is { } r
                ? new OpenWorkOrdersReport.PriorityLine(priority, r.Total, r.UnderOneDay, r.OneToSevenDays, r.SevenToThirtyDays, r.OverThirtyDays, Math.Round(r.OldestAgeDays ?? 0, 2))
                : new OpenWorkOrdersReport.PriorityLine(priority, 0, 0, 0, 0, 0, null)).ToList();
        return new OpenWorkOrdersReport(now, lines.Sum(l => l.Total), lines);
    }

    private sealed record Row(string Priority, long Total, long UnderOneDay, long OneToSevenDays, long SevenToThirtyDays, long OverThirtyDays, double? OldestAgeDays);
}
