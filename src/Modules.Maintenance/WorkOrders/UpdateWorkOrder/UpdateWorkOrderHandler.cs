using MediatR;
using OpsPlatform.Modules.Maintenance.Persistence;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Maintenance.WorkOrders.UpdateWorkOrder;

internal sealed class UpdateWorkOrderHandler(MaintenanceDbContext db, ICurrentUser user)
    : IRequestHandler<UpdateWorkOrderCommand, WorkOrderDetails>
{
    public async Task<WorkOrderDetails> Handle(UpdateWorkOrderCommand command, CancellationToken cancellationToken)
    {
        var workOrder = await db.WorkOrderToChangeAsync(command.Id, user, command.Version, cancellationToken);
        workOrder.UpdateDetails(command.Title, command.Description, command.Priority!.Value, command.DueAt, command.RequiredSkills ?? []);
        await db.SaveChangesAsync(cancellationToken);
        return WorkOrderDetails.From(workOrder);
    }
}
