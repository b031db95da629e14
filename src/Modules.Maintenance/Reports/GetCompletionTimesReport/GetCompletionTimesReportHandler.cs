using MediatR;
using Microsoft.EntityFrameworkCore;
using OpsPlatform.Modules.Maintenance.Persistence;
using OpsPlatform.Modules.Maintenance.WorkOrders;
using OpsPlatform.Shared.Kernel.Persistence;

namespace OpsPlatform.Modules.Maintenance.Reports.GetCompletionTimesReport;

/// <summary>Two aggregate queries over the completion window (ix_work_orders_completed_at).</summary>
internal sealed class GetCompletionTimesReportHandler(MaintenanceDbContext db, TimeProvider clock) : IRequestHandler<GetCompletionTimesReportQuery, CompletionTimesReport>
{
    public async Task<CompletionTimesReport> Handle(GetCompletionTimesReportQuery query, CancellationToken cancellationToken)
    {
        var to = query.To ?? clock.GetUtcNow();
        var from = query.From ?? to.AddDays(-90);

        var perEquipment = await db.Database.SqlQuery<EquipmentRow>($"""
            SELECT w.equipment_id AS "EquipmentId", e.name AS "EquipmentName", count(*) AS "Completed",
                   avg(extract(epoch FROM w.completed_at - w.created_at))::float8 / 3600 AS "MeanHoursToComplete",
                   avg(extract(epoch FROM w.completed_at - w.started_at))::float8 / 3600 AS "MeanHoursOfWork"
            FROM maintenance.work_orders w JOIN maintenance.equipment e ON e.id = w.equipment_id
            WHERE w.completed_at >= {from} AND w.completed_at < {to}
            GROUP BY w.equipment_id, e.name
            ORDER BY 4 DESC, 1
            """).ToListAsync(cancellationToken);
        var perPriority = await db.Database.SqlQuery<PriorityRow>($"""
            SELECT priority AS "Priority", count(*) AS "Completed",
                   avg(extract(epoch FROM completed_at - created_at))::float8 / 3600 AS "MeanHoursToComplete",
                   avg(extract(epoch FROM completed_at - started_at))::float8 / 3600 AS "MeanHoursOfWork"
            FROM maintenance.work_orders
            WHERE completed_at >= {from} AND completed_at < {to}
            GROUP BY priority
            """).ToListAsync(cancellationToken);

        return new CompletionTimesReport(
            from, to,
            perEquipment.Select(r => new CompletionTimesReport.EquipmentLine(r.EquipmentId, r.EquipmentName, r.Completed, Round(r.MeanHoursToComplete), RoundOrNull(r.MeanHoursOfWork))).ToList(),
            perPriority.Select(r => new CompletionTimesReport.PriorityLine(EnumText<WorkOrderPriority>.FromText(r.Priority), r.Completed, Round(r.MeanHoursToComplete), RoundOrNull(r.MeanHoursOfWork)))
                .OrderByDescending(l => l.Priority).ToList());
    }

    private static double Round(double hours) => Math.Round(hours, 2);

    private static double? RoundOrNull(double? hours) => hours is { } h ? Math.Round(h, 2) : null;

    private sealed record EquipmentRow(Guid EquipmentId, string EquipmentName, long Completed, double MeanHoursToComplete, double? MeanHoursOfWork);

    private sealed record PriorityRow(string Priority, long Completed, double MeanHoursToComplete, double? MeanHoursOfWork);
}
