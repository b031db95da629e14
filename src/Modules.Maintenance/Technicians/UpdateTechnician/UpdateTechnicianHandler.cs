using MediatR;
using Microsoft.EntityFrameworkCore;
using OpsPlatform.Modules.Maintenance.Persistence;
using OpsPlatform.Shared.Kernel.Domain;

namespace OpsPlatform.Modules.Maintenance.Technicians.UpdateTechnician;

internal sealed class UpdateTechnicianHandler(MaintenanceDbContext db) : IRequestHandler<UpdateTechnicianCommand, TechnicianDetails>
{
    public async Task<TechnicianDetails> Handle(UpdateTechnicianCommand command, CancellationToken cancellationToken)
    {
        var technician = await db.Technicians.SingleOrDefaultAsync(t => t.Id == command.Id, cancellationToken)
                         ?? throw new NotFoundException("Technician", command.Id);
        technician.EnsureVersion(command.Version);
        var previousUser = technician.UserId;
        technician.Update(command.Name, command.UserId, command.Active!.Value, command.Skills ?? [], command.WeeklyAvailability ?? [], command.Unavailability ?? []);

        if (previousUser == technician.UserId)
        {
            await db.SaveChangesAsync(cancellationToken);
            return TechnicianDetails.From(technician);
        }

        // Work orders copy their technician's account for the row scope; moving the account moves their visibility too.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.WorkOrders.Where(w => w.TechnicianId == technician.Id)
            .ExecuteUpdateAsync(set => set.SetProperty(w => w.TechnicianUserId, technician.UserId), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TechnicianDetails.From(technician);
    }
}
