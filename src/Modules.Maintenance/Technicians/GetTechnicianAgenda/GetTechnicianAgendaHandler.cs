using OpsPlatform.Modules.Maintenance.Schedules;
using MediatR;
using Marten;
using OpsPlatform.Modules.Maintenance.Persistence;
using OpsPlatform.Modules.Maintenance.WorkOrders;
using OpsPlatform.Shared.Kernel.Domain;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Maintenance.Technicians.GetTechnicianAgenda;

internal sealed class GetTechnicianAgendaHandler(MaintenanceSession db, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<GetTechnicianAgendaQuery, TechnicianAgenda>
{
    public async Task<TechnicianAgenda> Handle(GetTechnicianAgendaQuery query, CancellationToken cancellationToken)
    {
        var technician = await db.Documents.Query<Technician>().VisibleTo(user)
                             .Where(t => t.Id == query.Id).Select(t => new { t.Id, t.Name })
                             .SingleOrDefaultAsync(cancellationToken)
                         ?? throw new NotFoundException("Technician", query.Id);
        var rangeStart = query.From ?? clock.GetUtcNow();
        var rangeEnd = query.To ?? rangeStart.AddDays(7);

        var entries = await db.Documents.Query<ScheduleEntry>()
            .Where(e => e.TechnicianId == technician.Id && e.EndsAt > rangeStart && e.StartsAt < rangeEnd)
            .OrderBy(e => e.StartsAt).ThenBy(e => e.Id)
            .ToListAsync(cancellationToken);
        var booked = await db.Documents.LoadManyAsync<WorkOrder>(cancellationToken, entries.Select(e => e.WorkOrderId).Distinct());
        var workOrders = booked.ToDictionary(w => w.Id);
        var bookings = entries
            .Where(e => workOrders.ContainsKey(e.WorkOrderId))
            .Select(e =>
            {
                var w = workOrders[e.WorkOrderId];
                return new TechnicianAgenda.Booking(e.Id, w.Id, w.Title, w.Priority, w.Status, e.StartsAt, e.EndsAt);
            })
            .ToList();
        var due = await db.Documents.Query<WorkOrder>()
            .Where(w => w.TechnicianId == technician.Id && w.DueAt >= rangeStart && w.DueAt < rangeEnd)
            .Where(w => w.Status != WorkOrderStatus.Completed && w.Status != WorkOrderStatus.Closed && w.Status != WorkOrderStatus.Cancelled)
            .OrderBy(w => w.DueAt).ThenBy(w => w.Id)
            .Select(w => new TechnicianAgenda.DueWork(w.Id, w.Title, w.Priority, w.Status, w.DueAt!.Value))
            .ToListAsync(cancellationToken);
        return new TechnicianAgenda(technician.Id, technician.Name, rangeStart, rangeEnd, bookings, due);
    }
}
