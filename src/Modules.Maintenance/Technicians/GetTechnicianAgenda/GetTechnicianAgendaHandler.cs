using MediatR;
using Microsoft.EntityFrameworkCore;
using OpsPlatform.Modules.Maintenance.Persistence;
using OpsPlatform.Modules.Maintenance.WorkOrders;
using OpsPlatform.Shared.Kernel.Domain;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Maintenance.Technicians.GetTechnicianAgenda;

internal sealed class GetTechnicianAgendaHandler(MaintenanceDbContext db, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<GetTechnicianAgendaQuery, TechnicianAgenda>
{
    public async Task<TechnicianAgenda> Handle(GetTechnicianAgendaQuery query, CancellationToken cancellationToken)
    {
        var technician = await db.Technicians.AsNoTracking().VisibleTo(user)
                             .Where(t => t.Id == query.Id).Select(t => new { t.Id, t.Name })
                             .SingleOrDefaultAsync(cancellationToken)
                         ?? throw new NotFoundException("Technician", query.Id);
        var rangeStart = query.From ?? clock.GetUtcNow();
        var rangeEnd = query.To ?? rangeStart.AddDays(7);

        var bookings = await (
                from e in db.ScheduleEntries.AsNoTracking()
                join w in db.WorkOrders.AsNoTracking() on e.WorkOrderId equals w.Id
                where e.TechnicianId == technician.Id && e.EndsAt > rangeStart && e.StartsAt < rangeEnd
                orderby e.StartsAt, e.Id
                select new TechnicianAgenda.Booking(e.Id, w.Id, w.Title, w.Priority, w.Status, e.StartsAt, e.EndsAt))
            .ToListAsync(cancellationToken);
        var due = await db.WorkOrders.AsNoTracking()
            .Where(w => w.TechnicianId == technician.Id && w.DueAt >= rangeStart && w.DueAt < rangeEnd)
            .Where(w => w.Status != WorkOrderStatus.Completed && w.Status != WorkOrderStatus.Closed && w.Status != WorkOrderStatus.Cancelled)
            .OrderBy(w => w.DueAt).ThenBy(w => w.Id)
            .Select(w => new TechnicianAgenda.DueWork(w.Id, w.Title, w.Priority, w.Status, w.DueAt!.Value))
            .ToListAsync(cancellationToken);
        return new TechnicianAgenda(technician.Id, technician.Name, rangeStart, rangeEnd, bookings, due);
    }
}
