using MediatR;
using Marten;
using OpsPlatform.Modules.Maintenance.Persistence;
using OpsPlatform.Shared.Kernel.Domain;

namespace OpsPlatform.Modules.Maintenance.Equipment.UpdateEquipment;

internal sealed class UpdateEquipmentHandler(MaintenanceSession db) : IRequestHandler<UpdateEquipmentCommand, EquipmentDetails>
{
    public async Task<EquipmentDetails> Handle(UpdateEquipmentCommand command, CancellationToken cancellationToken)
    {
        var equipment = await db.Documents.LoadAsync<Equipment>(command.Id, cancellationToken)
                        ?? throw new NotFoundException("Equipment", command.Id);
        equipment.EnsureVersion(command.Version);
        equipment.Update(command.Name, command.Type, command.SerialNumber, command.Location, command.Status!.Value, command.SiteId);
        db.Update(equipment);
        await db.SaveChangesAsync(cancellationToken);
        return EquipmentDetails.From(equipment);
    }
}
