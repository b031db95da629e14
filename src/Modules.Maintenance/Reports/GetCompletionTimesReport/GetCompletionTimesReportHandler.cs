using MediatR;
using Marten;
using OpsPlatform.Modules.Maintenance.Persistence;
using OpsPlatform.Modules.Maintenance.WorkOrders;

namespace OpsPlatform.Modules.Maintenance.Reports.GetCompletionTimesReport;

/// <summary>Two aggregate queries over the completion window of the projection (its completed_at index).</summary>
internal sealed class GetCompletionTimesReportHandler(MaintenanceSession db, TimeProvider clock) : IRequestHandler<GetCompletionTimesReportQuery, CompletionTimesReport>
{
    public async Task<CompletionTimesReport> Handle(GetCompletionTimesReportQuery query, CancellationToken cancellationToken)
    {
        var to = query.To ?? clock.GetUtcNow();
        var from = query.From ?? to.AddDays(-90);

        var perEquipment = await db.Documents.AdvancedSql.QueryAsync<EquipmentRow>($"""
            SELECT json_build_object(
                'EquipmentId', w.equipment_id, 'EquipmentName', e.name, 'Completed', count(*),
                'MeanHoursToComplete', avg(extract(epoch FROM w.completed_at - w.created_at))::float8 / 3600,
                'MeanHoursOfWork', avg(extract(epoch FROM w.completed_at - w.started_at))::float8 / 3600)
            FROM {ReportSql.WorkOrders} w JOIN {ReportSql.Equipment} e ON e.id = w.equipment_id
            WHERE w.completed_at >= ? AND w.completed_at < ?
            GROUP BY w.equipment_id, e.name
            ORDER BY avg(extract(epoch FROM w.completed_at - w.created_at)) DESC, w.equipment_id
            """, cancellationToken, from, to);
        var perPriority = await db.Documents.AdvancedSql.QueryAsync<PriorityRow>($"""
            SELECT json_build_object(
                'Priority', priority, 'Completed', count(*),
                'MeanHoursToComplete', avg(extract(epoch FROM completed_at - created_at))::float8 / 3600,
                'MeanHoursOfWork', avg(extract(epoch FROM completed_at - started_at))::float8 / 3600)
            FROM {ReportSql.WorkOrders}
            WHERE completed_at >= ? AND completed_at < ?
            GROUP BY priority
            """, cancellationToken, from, to);

        return new CompletionTimesReport(
            from, to,
            perEquipment.Select(r => new CompletionTimesReport.EquipmentLine(r.EquipmentId, r.EquipmentName, r.Completed, Round(r.MeanHoursToComplete), RoundOrNull(r.MeanHoursOfWork))).ToList(),
            perPriority.Select(r => new CompletionTimesReport.PriorityLine(ReportSql.Priority(r.Priority), r.Completed, Round(r.MeanHoursToComplete), RoundOrNull(r.MeanHoursOfWork)))
                .OrderByDescending(l => l.Priority).ToList());
    }

    private static double Round(double hours) => Math.Round(hours, 2);

    private static double? RoundOrNull(double? hours) => hours is { } h ? Math.Round(h, 2) : null;

    private sealed record EquipmentRow(Guid EquipmentId, string EquipmentName, long Completed, double MeanHoursToComplete, double? MeanHoursOfWork);

    private sealed record PriorityRow(string Priority, long Completed, double MeanHoursToComplete, double? MeanHoursOfWork);
}
