using MediatR;
using Microsoft.EntityFrameworkCore;
using OpsPlatform.Modules.Maintenance.Persistence;
using OpsPlatform.Modules.Maintenance.WorkOrders;
using OpsPlatform.Shared.Kernel.Domain;
using OpsPlatform.Shared.Kernel.Http;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Maintenance.Equipment.GetEquipmentHistory;

/// <summary>
/// The equipment's work orders and their logs in one UNION ALL page, newest first; the caller's work-order scope
/// applies (a technician sees the history of the work they were given).
/// </summary>
internal sealed class GetEquipmentHistoryHandler(MaintenanceDbContext db, ICurrentUser user)
    : IRequestHandler<GetEquipmentHistoryQuery, Paged<EquipmentHistoryEntry>>
{
    public async Task<Paged<EquipmentHistoryEntry>> Handle(GetEquipmentHistoryQuery query, CancellationToken cancellationToken)
    {
        if (!await db.Equipment.AsNoTracking().AnyAsync(e => e.Id == query.Id, cancellationToken))
            throw new NotFoundException("Equipment", query.Id);

        var workOrders = db.WorkOrders.AsNoTracking().VisibleTo(user).Where(w => w.EquipmentId == query.Id);
        var raised = workOrders.Select(w => new Line
        {
            At = w.CreatedAt, WorkOrderId = w.Id, Title = w.Title, Status = w.Status, Priority = w.Priority, By = w.RequestedBy,
            LogId = null, Entry = null, MinutesSpent = null,
        });
        var logged = db.MaintenanceLogs.AsNoTracking().Join(workOrders, l => l.WorkOrderId, w => w.Id, (l, w) => new Line
        {
            At = l.CreatedAt, WorkOrderId = w.Id, Title = w.Title, Status = w.Status, Priority = w.Priority, By = l.LoggedBy,
            LogId = l.Id, Entry = l.Entry, MinutesSpent = l.MinutesSpent,
        });

        var page = await raised.Concat(logged)
            .OrderByDescending(l => l.At).ThenBy(l => l.WorkOrderId).ThenBy(l => l.LogId)
            .ToPagedAsync(query, cancellationToken);
        return page.Select(l => new EquipmentHistoryEntry(l.LogId is null ? "work_order" : "log", l.At, l.WorkOrderId, l.Title, l.Status, l.Priority, l.By, l.LogId, l.Entry, l.MinutesSpent));
    }

    private sealed class Line
    {
        public DateTimeOffset At { get; init; }
        public Guid WorkOrderId { get; init; }
        public string Title { get; init; } = "";
        public WorkOrderStatus Status { get; init; }
        public WorkOrderPriority Priority { get; init; }
        public Guid By { get; init; }
        public Guid? LogId { get; init; }
        public string? Entry { get; init; }
        public int? MinutesSpent { get; init; }
    }
}
