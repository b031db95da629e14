using OpsPlatform.Modules.Maintenance.Schedules;
using OpsPlatform.Modules.Maintenance.MaintenanceLogs;
using MediatR;
using Marten;
using OpsPlatform.Modules.Maintenance.Persistence;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Maintenance.WorkOrders.DeleteWorkOrder;

/// <summary>Removes a work order raised by mistake, with its bookings (its stream is archived); one with logs is refused.</summary>
internal sealed class DeleteWorkOrderHandler(MaintenanceSession db, ICurrentUser user) : IRequestHandler<DeleteWorkOrderCommand, bool>
{
    public async Task<bool> Handle(DeleteWorkOrderCommand command, CancellationToken cancellationToken)
    {
        var workOrder = (await db.WorkOrderToChangeAsync(command.Id, user, command.Version, cancellationToken)).Aggregate!;
        workOrder.EnsureDeletable(await db.Documents.Query<MaintenanceLog>().AnyAsync(l => l.WorkOrderId == workOrder.Id, cancellationToken));
        db.Documents.DeleteWhere<ScheduleEntry>(e => e.WorkOrderId == workOrder.Id);
        db.Documents.Delete(workOrder);
        db.Documents.Events.ArchiveStream(workOrder.Id);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
