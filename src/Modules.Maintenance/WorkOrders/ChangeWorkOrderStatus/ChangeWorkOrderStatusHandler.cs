using MediatR;
using OpsPlatform.Modules.Maintenance.Persistence;
using OpsPlatform.Modules.Maintenance.PreventivePlans;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Maintenance.WorkOrders.ChangeWorkOrderStatus;

internal sealed class ChangeWorkOrderStatusHandler(MaintenanceSession db, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<ChangeWorkOrderStatusCommand, WorkOrderDetails>
{
    public async Task<WorkOrderDetails> Handle(ChangeWorkOrderStatusCommand command, CancellationToken cancellationToken)
    {
        var stream = await db.WorkOrderToChangeAsync(command.Id, user, command.Version, cancellationToken);
        var workOrder = stream.Aggregate!;
        var now = clock.GetUtcNow();
        var from = workOrder.Status;
        workOrder.MoveTo(command.Status!.Value, user.Id, user.IsManager, command.Reason, now);
        stream.Append();
        db.PublishTransition(workOrder, from, user.Id, now);
        await db.PlanOccurrenceFinishedAsync(workOrder, now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return WorkOrderDetails.From(workOrder);
    }
}
