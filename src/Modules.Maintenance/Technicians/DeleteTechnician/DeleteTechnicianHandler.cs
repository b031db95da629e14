using MediatR;
using Microsoft.EntityFrameworkCore;
using OpsPlatform.Modules.Maintenance.Persistence;
using OpsPlatform.Shared.Kernel.Domain;

namespace OpsPlatform.Modules.Maintenance.Technicians.DeleteTechnician;

internal sealed class DeleteTechnicianHandler(MaintenanceDbContext db) : IRequestHandler<DeleteTechnicianCommand, bool>
{
    public async Task<bool> Handle(DeleteTechnicianCommand command, CancellationToken cancellationToken)
    {
        var technician = await db.Technicians.SingleOrDefaultAsync(t => t.Id == command.Id, cancellationToken)
                         ?? throw new NotFoundException("Technician", command.Id);
        technician.EnsureVersion(command.Version);
        technician.EnsureDeletable(
            await db.WorkOrders.AnyAsync(w => w.TechnicianId == technician.Id, cancellationToken) ||
            await db.ScheduleEntries.AnyAsync(e => e.TechnicianId == technician.Id, cancellationToken));
        db.Technicians.Remove(technician);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
