using MediatR;
using OpsPlatform.Modules.Maintenance.Persistence;
using OpsPlatform.Modules.Maintenance.PreventivePlans;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Maintenance.WorkOrders.CancelWorkOrder;

internal sealed class CancelWorkOrderHandler(MaintenanceDbContext db, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<CancelWorkOrderCommand, WorkOrderDetails>
{
    public async Task<WorkOrderDetails> Handle(CancelWorkOrderCommand command, CancellationToken cancellationToken)
    {
        var workOrder = await db.WorkOrderToChangeAsync(command.Id, user, command.Version, cancellationToken);
        var now = clock.GetUtcNow();
        var from = workOrder.Status;
        workOrder.Cancel(command.Reason, user.Id, now);
        db.PublishTransition(workOrder, from, now);
        await db.PlanOccurrenceFinishedAsync(workOrder, now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return WorkOrderDetails.From(workOrder);
    }
}
