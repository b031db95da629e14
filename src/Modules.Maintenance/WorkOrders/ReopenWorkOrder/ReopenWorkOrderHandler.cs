using MediatR;
using OpsPlatform.Modules.Maintenance.Persistence;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Maintenance.WorkOrders.ReopenWorkOrder;

internal sealed class ReopenWorkOrderHandler(MaintenanceSession db, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<ReopenWorkOrderCommand, WorkOrderDetails>
{
    public async Task<WorkOrderDetails> Handle(ReopenWorkOrderCommand command, CancellationToken cancellationToken)
    {
        var stream = await db.WorkOrderToChangeAsync(command.Id, user, command.Version, cancellationToken);
        var workOrder = stream.Aggregate!;
        var now = clock.GetUtcNow();
        workOrder.Reopen(command.Reason, user.Id, now);
        stream.Append();
        db.PublishTransition(workOrder, WorkOrderStatus.Completed, user.Id, now);
        await db.SaveChangesAsync(cancellationToken);
        return WorkOrderDetails.From(workOrder);
    }
}
