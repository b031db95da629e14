using OpsPlatform.Modules.Maintenance.Technicians;
using OpsPlatform.Modules.Maintenance.WorkOrders;
using MediatR;
using Marten;
using OpsPlatform.Modules.Maintenance.Contracts;
using OpsPlatform.Modules.Maintenance.Persistence;
using OpsPlatform.Shared.Kernel.Domain;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Maintenance.Schedules.BookScheduleEntry;

internal sealed class BookScheduleEntryHandler(MaintenanceSession db, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<BookScheduleEntryCommand, ScheduleEntryDetails>
{
    public async Task<ScheduleEntryDetails> Handle(BookScheduleEntryCommand command, CancellationToken cancellationToken)
    {
        var workOrder = await db.Documents.LoadAsync<WorkOrder>(command.WorkOrderId, cancellationToken)
                        ?? throw new NotFoundException("Work order", command.WorkOrderId);
        var technician = await db.Documents.LoadAsync<Technician>(command.TechnicianId!.Value, cancellationToken)
                         ?? throw new DomainRuleViolation($"Technician '{command.TechnicianId}' does not exist.", "technicianId");
        var (start, end) = (command.StartsAt!.Value, command.EndsAt!.Value);

        // One booking per technician at a time, across hosts: the overlap check and the insert happen under this lock.
        await db.LockAsync(BitConverter.ToInt64(technician.Id.ToByteArray(), 8), cancellationToken);
        var overlapping = await db.Documents.Query<ScheduleEntry>()
            .Where(e => e.TechnicianId == technician.Id && e.StartsAt < end && e.EndsAt > start)
            .OrderBy(e => e.StartsAt)
            .ToListAsync(cancellationToken);

        var entry = ScheduleEntry.Book(workOrder, technician, start, end, overlapping, user.Id, command.Override ?? false);
        db.Insert(entry);
        var now = clock.GetUtcNow();
        db.Publish(new MaintenanceScheduled(
            Guid.CreateVersion7(now), now, entry.Id, workOrder.Id, technician.Id, technician.UserId, entry.StartsAt, entry.EndsAt,
            technician.UserId is { } technicianUser && technicianUser != workOrder.RequestedBy ? [workOrder.RequestedBy, technicianUser] : [workOrder.RequestedBy]));
        await db.SaveChangesAsync(cancellationToken);
        return ScheduleEntryDetails.From(entry);
    }
}
