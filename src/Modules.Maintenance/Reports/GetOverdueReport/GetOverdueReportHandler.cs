using Marten;
using MediatR;
using OpsPlatform.Modules.Maintenance.Persistence;
using OpsPlatform.Modules.Maintenance.WorkOrders;

namespace OpsPlatform.Modules.Maintenance.Reports.GetOverdueReport;

/// <summary>One grouped count over the projection's due-date index.</summary>
internal sealed class GetOverdueReportHandler(MaintenanceSession db, TimeProvider clock) : IRequestHandler<GetOverdueReportQuery, OverdueReport>
{
    public async Task<OverdueReport> Handle(GetOverdueReportQuery query, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var counts = await db.Documents.AdvancedSql.QueryAsync<Row>($"""
            SELECT json_build_object('Priority', priority, 'Count', count(*))
            FROM {ReportSql.WorkOrders}
            WHERE due_at < ? AND status NOT IN ({ReportSql.Finished})
            GROUP BY priority
            """, cancellationToken, now);
        var byPriority = Enum.GetValues<WorkOrderPriority>().Reverse()
            .Select(p => new OverdueReport.PriorityCount(p, counts.FirstOrDefault(c => ReportSql.Priority(c.Priority) == p)?.Count ?? 0))
            .ToList();
        return new OverdueReport(now, byPriority.Sum(p => p.Overdue), byPriority);
    }

    private sealed record Row(string Priority, long Count);
}
