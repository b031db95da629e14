using OpsPlatform.Modules.Maintenance.Schedules;
using OpsPlatform.Modules.Maintenance.WorkOrders;
using MediatR;
using Marten;
using OpsPlatform.Modules.Maintenance.Persistence;
using OpsPlatform.Shared.Kernel.Domain;

namespace OpsPlatform.Modules.Maintenance.Technicians.DeleteTechnician;

internal sealed class DeleteTechnicianHandler(MaintenanceSession db) : IRequestHandler<DeleteTechnicianCommand, bool>
{
    public async Task<bool> Handle(DeleteTechnicianCommand command, CancellationToken cancellationToken)
    {
        var technician = await db.Documents.LoadAsync<Technician>(command.Id, cancellationToken)
                         ?? throw new NotFoundException("Technician", command.Id);
        technician.EnsureVersion(command.Version);
        technician.EnsureDeletable(
            await db.Documents.Query<WorkOrder>().AnyAsync(w => w.TechnicianId == technician.Id, cancellationToken) ||
            await db.Documents.Query<ScheduleEntry>().AnyAsync(e => e.TechnicianId == technician.Id, cancellationToken));
        db.Documents.Delete(technician);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
