using MediatR;
using Microsoft.EntityFrameworkCore;
using OpsPlatform.Modules.Maintenance.Persistence;
using OpsPlatform.Shared.Kernel.Domain;

namespace OpsPlatform.Modules.Maintenance.Equipment.DeleteEquipment;

internal sealed class DeleteEquipmentHandler(MaintenanceDbContext db) : IRequestHandler<DeleteEquipmentCommand, bool>
{
    public async Task<bool> Handle(DeleteEquipmentCommand command, CancellationToken cancellationToken)
    {
        var equipment = await db.Equipment.SingleOrDefaultAsync(e => e.Id == command.Id, cancellationToken)
                        ?? throw new NotFoundException("Equipment", command.Id);
        equipment.EnsureVersion(command.Version);
        equipment.EnsureDeletable(
            await db.WorkOrders.AnyAsync(w => w.EquipmentId == equipment.Id, cancellationToken) ||
            await db.PreventivePlans.AnyAsync(p => p.EquipmentId == equipment.Id, cancellationToken));
        db.Equipment.Remove(equipment);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
