using OpsPlatform.Modules.Maintenance.WorkOrders;
using MediatR;
using Marten;
using OpsPlatform.Modules.Maintenance.Persistence;
using OpsPlatform.Shared.Kernel.Domain;

namespace OpsPlatform.Modules.Maintenance.Technicians.UpdateTechnician;

internal sealed class UpdateTechnicianHandler(MaintenanceSession db, TimeProvider clock) : IRequestHandler<UpdateTechnicianCommand, TechnicianDetails>
{
    public async Task<TechnicianDetails> Handle(UpdateTechnicianCommand command, CancellationToken cancellationToken)
    {
        var technician = await db.Documents.LoadAsync<Technician>(command.Id, cancellationToken)
                         ?? throw new NotFoundException("Technician", command.Id);
        technician.EnsureVersion(command.Version);
        var previousUser = technician.UserId;
        technician.Update(command.Name, command.UserId, command.Active!.Value, command.Skills ?? [], command.WeeklyAvailability ?? [], command.Unavailability ?? []);

        db.Update(technician);
        if (previousUser != technician.UserId)
        {
            // Work orders copy their technician's account for the row scope; moving the account moves their visibility
            // too, as one more event on each of their streams, in this commit.
            var now = clock.GetUtcNow();
            var ids = await db.Documents.Query<WorkOrder>().Where(w => w.TechnicianId == technician.Id).Select(w => w.Id).ToListAsync(cancellationToken);
            foreach (var id in ids)
            {
                var stream = await db.Documents.Events.FetchForWriting<WorkOrder>(id, cancellationToken);
                stream.Aggregate!.TechnicianAccountChanged(technician.UserId, now);
                stream.AppendMany(stream.Aggregate.TakeEvents());
            }
        }
        await db.SaveChangesAsync(cancellationToken);
        return TechnicianDetails.From(technician);
    }
}
