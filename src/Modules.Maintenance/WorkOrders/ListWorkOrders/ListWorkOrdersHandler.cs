using MediatR;
using Microsoft.EntityFrameworkCore;
using NpgsqlTypes;
using OpsPlatform.Modules.Maintenance.Persistence;
using OpsPlatform.Shared.Kernel.Http;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Maintenance.WorkOrders.ListWorkOrders;

/// <summary>
/// One page query (and a count only on count=true); the row scope and every filter are predicates an index serves.
/// Equipment and technician names are primary-key lookups for the page's rows.
/// </summary>
internal sealed class ListWorkOrdersHandler(MaintenanceDbContext db, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<ListWorkOrdersQuery, Paged<WorkOrderSummary>>
{
    public Task<Paged<WorkOrderSummary>> Handle(ListWorkOrdersQuery query, CancellationToken cancellationToken)
    {
        var workOrders = db.WorkOrders.AsNoTracking().VisibleTo(user);
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
            // Spelled out as literals so PostgreSQL matches the partial index ix_work_orders_overdue.
            workOrders = overdue
                ? workOrders.Where(w => w.DueAt < now && w.Status != WorkOrderStatus.Completed && w.Status != WorkOrderStatus.Closed && w.Status != WorkOrderStatus.Cancelled)
                : workOrders.Where(w => !(w.DueAt < now && w.Status != WorkOrderStatus.Completed && w.Status != WorkOrderStatus.Closed && w.Status != WorkOrderStatus.Cancelled));
        }
        if (!string.IsNullOrWhiteSpace(query.Q))
        {
            var text = query.Q.Trim();
            workOrders = workOrders.Where(w =>
                EF.Property<NpgsqlTsVector>(w, WorkOrderConfiguration.SearchVector).Matches(EF.Functions.WebSearchToTsQuery("english", text)));
        }

        return WorkOrderSortFields.All.Apply(workOrders, query.Sort)
            .Select(w => new WorkOrderSummary(
                w.Id, w.Title, w.Priority, w.Status,
                w.EquipmentId, db.Equipment.Where(e => e.Id == w.EquipmentId).Select(e => e.Name).FirstOrDefault(),
                w.SiteId,
                w.TechnicianId, db.Technicians.Where(t => t.Id == w.TechnicianId).Select(t => t.Name).FirstOrDefault(),
                w.DueAt, w.Source, w.Version, w.CreatedAt))
            .ToPagedAsync(query, cancellationToken);
    }
}
