using Marten;
using MediatR;
using OpsPlatform.Identity.Contracts;
using OpsPlatform.Modules.Maintenance.MaintenanceLogs;
using OpsPlatform.Modules.Maintenance.Persistence;
using OpsPlatform.Modules.Maintenance.WorkOrders;
using OpsPlatform.Shared.Kernel.Domain;
using OpsPlatform.Shared.Kernel.Http;

namespace OpsPlatform.Modules.Maintenance.Equipment.GetEquipmentHistory;

/// <summary>
/// The equipment's work orders and their logs, newest first, one page; the caller's work-order scope applies (a
/// technician sees the history of the work they were given). The equipment's work orders are read whole (their titles
/// and states label the logs); their logs by creation, cut at the page's end.
/// </summary>
internal sealed class GetEquipmentHistoryHandler(MaintenanceSession db, ICurrentUser user)
    : IRequestHandler<GetEquipmentHistoryQuery, Paged<EquipmentHistoryEntry>>
{
    public async Task<Paged<EquipmentHistoryEntry>> Handle(GetEquipmentHistoryQuery query, CancellationToken cancellationToken)
    {
        if (!await db.Documents.Query<Equipment>().AnyAsync(e => e.Id == query.Id, cancellationToken))
            throw new NotFoundException("Equipment", query.Id);

        var (page, size) = (query.PageOf(), query.SizeOf());
        var needed = page * size + 1;
        var workOrders = await db.Documents.Query<WorkOrder>().VisibleTo(user).Where(w => w.EquipmentId == query.Id)
            .OrderByDescending(w => w.CreatedAt).ThenBy(w => w.Id).ToListAsync(cancellationToken);
        var byId = workOrders.ToDictionary(w => w.Id);
        var ids = byId.Keys.ToArray();
        var logs = ids.Length == 0 ? [] : await db.Documents.Query<MaintenanceLog>().Where(l => l.WorkOrderId.In(ids))
            .OrderByDescending(l => l.CreatedAt).ThenBy(l => l.Id).Take(needed).ToListAsync(cancellationToken);

        var lines = workOrders.Take(needed)
            .Select(w => new EquipmentHistoryEntry("work_order", w.CreatedAt, w.Id, w.Title, w.Status, w.Priority, w.RequestedBy, null, null, null))
            .Concat(logs.Select(l =>
            {
                var w = byId[l.WorkOrderId];
                return new EquipmentHistoryEntry("log", l.CreatedAt, w.Id, w.Title, w.Status, w.Priority, l.LoggedBy, l.Id, l.Entry, l.MinutesSpent);
            }))
            .OrderByDescending(l => l.At).ThenBy(l => l.WorkOrderId).ThenBy(l => l.LogId)
            .ToList();
        var items = lines.Skip((page - 1) * size).Take(size).ToList();
        var hasMore = lines.Count > page * size;
        var result = new Paged<EquipmentHistoryEntry>(items, page, size, hasMore);
        return query.CountOf()
            ? result with { TotalItems = workOrders.Count + await db.Documents.Query<MaintenanceLog>().Where(l => l.WorkOrderId.In(ids)).CountAsync(cancellationToken) }
            : result;
    }
}
