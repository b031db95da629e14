using OpsPlatform.Modules.Maintenance.PreventivePlans;
using OpsPlatform.Modules.Maintenance.WorkOrders;
using MediatR;
using Marten;
using OpsPlatform.Modules.Maintenance.Persistence;
using OpsPlatform.Shared.Kernel.Domain;

namespace OpsPlatform.Modules.Maintenance.Equipment.DeleteEquipment;

internal sealed class DeleteEquipmentHandler(MaintenanceSession db) : IRequestHandler<DeleteEquipmentCommand, bool>
{
    public async Task<bool> Handle(DeleteEquipmentCommand command, CancellationToken cancellationToken)
    {
        var equipment = await db.Documents.LoadAsync<Equipment>(command.Id, cancellationToken)
                        ?? throw new NotFoundException("Equipment", command.Id);
        equipment.EnsureVersion(command.Version);
        equipment.EnsureDeletable(
            await db.Documents.Query<WorkOrder>().AnyAsync(w => w.EquipmentId == equipment.Id, cancellationToken) ||
            await db.Documents.Query<PreventivePlan>().AnyAsync(p => p.EquipmentId == equipment.Id, cancellationToken));
        db.Documents.Delete(equipment);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
