using Marten;
using MediatR;
using OpsPlatform.Identity.Contracts;
using OpsPlatform.Modules.Maintenance.Persistence;
using OpsPlatform.Modules.Maintenance.Technicians;
using OpsPlatform.Shared.Kernel.Http;

namespace OpsPlatform.Modules.Maintenance.WorkOrders.ListWorkOrders;

/// <summary>
/// One page query (and a count only on count=true); the row scope and every filter are predicates an index serves.
/// Equipment and technician names are primary-key lookups for the page's rows.
/// </summary>
internal sealed class ListWorkOrdersHandler(MaintenanceSession db, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<ListWorkOrdersQuery, Paged<WorkOrderSummary>>
{
    public async Task<Paged<WorkOrderSummary>> Handle(ListWorkOrdersQuery query, CancellationToken cancellationToken)
    {
        var workOrders = db.Documents.Query<WorkOrder>().VisibleTo(user);
        if (query.Status is { } status) workOrders = workOrders.Where(w => w.Status == status.Value);
        if (query.Priority is { } priority) workOrders = workOrders.Where(w => w.Priority == priority.Value);
        if (query.EquipmentId is { } equipmentId) workOrders = workOrders.Where(w => w.EquipmentId == equipmentId);
        if (query.SiteId is { } siteId) workOrders = workOrders.Where(w => w.SiteId == siteId);
        if (query.TechnicianId is { } technicianId) workOrders = workOrders.Where(w => w.TechnicianId == technicianId);
        if (query.Source is { } source) workOrders = workOrders.Where(w => w.Source == source.Value);
        if (query.DueBefore is { } before) workOrders = workOrders.Where(w => w.DueAt < before);
        if (query.DueAfter is { } after) workOrders = workOrders.Where(w => w.DueAt >= after);
        if (query.Overdue is { } overdue)
        {
            var now = clock.GetUtcNow();
            workOrders = overdue
                ? workOrders.Where(w => w.DueAt < now && w.Status != WorkOrderStatus.Completed && w.Status != WorkOrderStatus.Closed && w.Status != WorkOrderStatus.Cancelled)
                : workOrders.Where(w => w.DueAt == null || w.DueAt >= now || w.Status == WorkOrderStatus.Completed || w.Status == WorkOrderStatus.Closed || w.Status == WorkOrderStatus.Cancelled);
        }
        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            var text = query.Q.Trim();
            workOrders = workOrders.Where(w => w.WebStyleSearch(text, "english"));
        }

        // Only the summary's fields leave the database (the page's rows, then the names of their equipment and technicians).
        var page = await WorkOrderSortFields.All.Apply(workOrders, query.Sort)
            .Select(w => new WorkOrderSummary(w.Id, w.Title, w.Priority, w.Status, w.EquipmentId, null, w.SiteId, w.TechnicianId, null, w.DueAt, w.Source, w.Version, w.CreatedAt))
            .ToPagedAsync(query, cancellationToken);
        var equipmentIds = page.Items.Select(w => w.EquipmentId).OfType<Guid>().Distinct().ToArray();
        var technicianIds = page.Items.Select(w => w.TechnicianId).OfType<Guid>().Distinct().ToArray();
        var equipmentNames = equipmentIds.Length == 0 ? [] : (await db.Documents.Query<Equipment.Equipment>().Where(e => e.Id.In(equipmentIds))
            .Select(e => new Named(e.Id, e.Name)).ToListAsync(cancellationToken)).ToDictionary(n => n.Id, n => n.Name);
        var technicianNames = technicianIds.Length == 0 ? [] : (await db.Documents.Query<Technician>().Where(t => t.Id.In(technicianIds))
            .Select(t => new Named(t.Id, t.Name)).ToListAsync(cancellationToken)).ToDictionary(n => n.Id, n => n.Name);
        return page.Select(w => w with
        {
            EquipmentName = w.EquipmentId is { } e ? equipmentNames.GetValueOrDefault(e) : null,
            TechnicianName = w.TechnicianId is { } t ? technicianNames.GetValueOrDefault(t) : null,
        });
    }

    private sealed record Named(Guid Id, string Name);
}
