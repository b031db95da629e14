using MediatR;
using OpsPlatform.Modules.Maintenance.Persistence;

namespace OpsPlatform.Modules.Maintenance.Technicians.RegisterTechnician;

internal sealed class RegisterTechnicianHandler(MaintenanceSession db) : IRequestHandler<RegisterTechnicianCommand, TechnicianDetails>
{
    public async Task<TechnicianDetails> Handle(RegisterTechnicianCommand command, CancellationToken cancellationToken)
    {
        var technician = Technician.Register(command.Name, command.UserId, command.Skills ?? [], command.WeeklyAvailability ?? [], command.Unavailability ?? []);
        db.Insert(technician);
        await db.SaveChangesAsync(cancellationToken);
        return TechnicianDetails.From(technician);
    }
}
