using MediatR;
using OpsPlatform.Modules.Maintenance.Persistence;

namespace OpsPlatform.Modules.Maintenance.Equipment.RegisterEquipment;

internal sealed class RegisterEquipmentHandler(MaintenanceSession db) : IRequestHandler<RegisterEquipmentCommand, EquipmentDetails>
{
    public async Task<EquipmentDetails> Handle(RegisterEquipmentCommand command, CancellationToken cancellationToken)
    {
        var equipment = Equipment.Register(command.Name, command.Type, command.SerialNumber, command.Location, command.SiteId);
        db.Insert(equipment);
        await db.SaveChangesAsync(cancellationToken);
        return EquipmentDetails.From(equipment);
    }
}
