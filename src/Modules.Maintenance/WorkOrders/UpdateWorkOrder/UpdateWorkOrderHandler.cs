using MediatR;
using OpsPlatform.Modules.Maintenance.Persistence;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Maintenance.WorkOrders.UpdateWorkOrder;

internal sealed class UpdateWorkOrderHandler(MaintenanceSession db, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<UpdateWorkOrderCommand, WorkOrderDetails>
{
    public async Task<WorkOrderDetails> Handle(UpdateWorkOrderCommand command, CancellationToken cancellationToken)
    {
        var stream = await db.WorkOrderToChangeAsync(command.Id, user, command.Version, cancellationToken);
        var workOrder = stream.Aggregate!;
        workOrder.UpdateDetails(command.Title, command.Description, command.Priority!.Value, command.DueAt, command.RequiredSkills ?? [], clock.GetUtcNow());
        stream.Append();
        await db.SaveChangesAsync(cancellationToken);
        return WorkOrderDetails.From(workOrder);
    }
}
