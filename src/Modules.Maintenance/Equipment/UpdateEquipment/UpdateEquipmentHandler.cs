using MediatR;
using Microsoft.EntityFrameworkCore;
using OpsPlatform.Modules.Maintenance.Persistence;
using OpsPlatform.Shared.Kernel.Domain;

namespace OpsPlatform.Modules.Maintenance.Equipment.UpdateEquipment;

internal sealed class UpdateEquipmentHandler(MaintenanceDbContext db) : IRequestHandler<UpdateEquipmentCommand, EquipmentDetails>
{
    public async Task<EquipmentDetails> Handle(UpdateEquipmentCommand command, CancellationToken cancellationToken)
    {
        var equipment = await db.Equipment.SingleOrDefaultAsync(e => e.Id == command.Id, cancellationToken)
                        ?? throw new NotFoundException("Equipment", command.Id);
        equipment.EnsureVersion(command.Version);
        equipment.Update(command.Name, command.Type, command.SerialNumber, command.Location, command.Status!.Value, command.SiteId);
        await db.SaveChangesAsync(cancellationToken);
        return EquipmentDetails.From(equipment);
    }
}
