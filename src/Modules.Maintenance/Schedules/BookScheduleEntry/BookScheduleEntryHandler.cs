using MediatR;
using Microsoft.EntityFrameworkCore;
using OpsPlatform.Modules.Maintenance.Contracts;
using OpsPlatform.Modules.Maintenance.Persistence;
using OpsPlatform.Shared.Kernel.Domain;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Maintenance.Schedules.BookScheduleEntry;

internal sealed class BookScheduleEntryHandler(MaintenanceDbContext db, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<BookScheduleEntryCommand, ScheduleEntryDetails>
{
    public async Task<ScheduleEntryDetails> Handle(BookScheduleEntryCommand command, CancellationToken cancellationToken)
    {
        var workOrder = await db.WorkOrders.AsNoTracking().SingleOrDefaultAsync(w => w.Id == command.WorkOrderId, cancellationToken)
                        ?? throw new NotFoundException("Work order", command.WorkOrderId);
        var technician = await db.Technicians.AsNoTracking().SingleOrDefaultAsync(t => t.Id == command.TechnicianId, cancellationToken)
                         ?? throw new DomainRuleViolation($"Technician '{command.TechnicianId}' does not exist.", "technicianId");
        var (start, end) = (command.StartsAt!.Value, command.EndsAt!.Value);

        // One booking per technician at a time, across hosts: the overlap check and the insert happen under this lock.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var lockKey = BitConverter.ToInt64(technician.Id.ToByteArray(), 8);
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({lockKey})", cancellationToken);
        var overlapping = await db.ScheduleEntries.AsNoTracking()
            .Where(e => e.TechnicianId == technician.Id && e.StartsAt < end && e.EndsAt > start)
            .OrderBy(e => e.StartsAt)
            .ToListAsync(cancellationToken);

        var entry = ScheduleEntry.Book(workOrder, technician, start, end, overlapping, user.Id, command.Override ?? false);
        db.ScheduleEntries.Add(entry);
        var now = clock.GetUtcNow();
        db.Publish(new MaintenanceScheduled(
            Guid.CreateVersion7(now), now, entry.Id, workOrder.Id, technician.Id, technician.UserId, entry.StartsAt, entry.EndsAt,
            technician.UserId is { } technicianUser && technicianUser != workOrder.RequestedBy ? [workOrder.RequestedBy, technicianUser] : [workOrder.RequestedBy]));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return ScheduleEntryDetails.From(entry);
    }
}
