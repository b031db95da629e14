using MediatR;
using Microsoft.EntityFrameworkCore;
using OpsPlatform.Modules.Maintenance.Persistence;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Maintenance.WorkOrders.DeleteWorkOrder;

/// <summary>Removes a work order raised by mistake, with its transitions and bookings; one with logs is refused.</summary>
internal sealed class DeleteWorkOrderHandler(MaintenanceDbContext db, ICurrentUser user) : IRequestHandler<DeleteWorkOrderCommand, bool>
{
    public async Task<bool> Handle(DeleteWorkOrderCommand command, CancellationToken cancellationToken)
    {
        var workOrder = await db.WorkOrderToChangeAsync(command.Id, user, command.Version, cancellationToken);
        workOrder.EnsureDeletable(await db.MaintenanceLogs.AnyAsync(l => l.WorkOrderId == workOrder.Id, cancellationToken));
        db.WorkOrders.Remove(workOrder);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
