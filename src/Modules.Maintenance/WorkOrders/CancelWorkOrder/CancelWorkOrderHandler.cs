using MediatR;
using OpsPlatform.Modules.Maintenance.Persistence;
using OpsPlatform.Modules.Maintenance.PreventivePlans;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Maintenance.WorkOrders.CancelWorkOrder;

internal sealed class CancelWorkOrderHandler(MaintenanceSession db, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<CancelWorkOrderCommand, WorkOrderDetails>
{
    public async Task<WorkOrderDetails> Handle(CancelWorkOrderCommand command, CancellationToken cancellationToken)
    {
        var stream = await db.WorkOrderToChangeAsync(command.Id, user, command.Version, cancellationToken);
        var workOrder = stream.Aggregate!;
        var now = clock.GetUtcNow();
        var from = workOrder.Status;
        workOrder.Cancel(command.Reason, user.Id, now);
        stream.Append();
        db.PublishTransition(workOrder, from, user.Id, now);
        await db.PlanOccurrenceFinishedAsync(workOrder, now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return WorkOrderDetails.From(workOrder);
    }
}
