using MediatR;
using Microsoft.EntityFrameworkCore;
using OpsPlatform.Modules.Maintenance.Persistence;
using OpsPlatform.Modules.Maintenance.WorkOrders;

namespace OpsPlatform.Modules.Maintenance.Reports.GetOverdueReport;

/// <summary>One grouped count on the partial index ix_work_orders_overdue.</summary>
internal sealed class GetOverdueReportHandler(MaintenanceDbContext db, TimeProvider clock) : IRequestHandler<GetOverdueReportQuery, OverdueReport>
{
    public async Task<OverdueReport> Handle(GetOverdueReportQuery query, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var counts = await db.WorkOrders.AsNoTracking()
            .Where(w => w.DueAt < now && w.Status != WorkOrderStatus.Completed && w.Status != WorkOrderStatus.Closed && w.Status != WorkOrderStatus.Cancelled)
            .GroupBy(w => w.Priority)
            .Select(g => new { Priority = g.Key, Count = g.LongCount() })
            .ToListAsync(cancellationToken);
        var byPriority = Enum.GetValues<WorkOrderPriority>().Reverse()
            .Select(p => new OverdueReport.PriorityCount(p, counts.FirstOrDefault(c => c.Priority == p)?.Count ?? 0))
            .ToList();
        return new OverdueReport(now, byPriority.Sum(p => p.Overdue), byPriority);
    }
}
