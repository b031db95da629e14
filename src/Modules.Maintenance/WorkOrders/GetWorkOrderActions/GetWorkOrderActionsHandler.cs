using MediatR;
using Marten;
using OpsPlatform.Modules.Maintenance.Persistence;
using OpsPlatform.Shared.Kernel.Domain;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Maintenance.WorkOrders.GetWorkOrderActions;

/// <summary>
/// Asks the entity (the same rules the commands enforce) and the same scopes: a work order the caller may see but not
/// work on (e.g. a member's own request) gets no actions; one they may not see is a 404.
/// </summary>
internal sealed class GetWorkOrderActionsHandler(MaintenanceSession db, ICurrentUser user)
    : IRequestHandler<GetWorkOrderActionsQuery, WorkOrderActions>
{
    public async Task<WorkOrderActions> Handle(GetWorkOrderActionsQuery query, CancellationToken cancellationToken)
    {
        var workOrder = await db.Documents.Query<WorkOrder>().VisibleTo(user).SingleOrDefaultAsync(w => w.Id == query.Id, cancellationToken)
                        ?? throw new NotFoundException("Work order", query.Id);
        var workable = user.IsManager || workOrder.TechnicianUserId == user.Id;
        return workable
            ? workOrder.ActionsFor(user.IsManager)
            : new WorkOrderActions(workOrder.Status, workOrder.Version, [], false, false, false, false, false);
    }
}
