using MediatR;
using Marten;
using OpsPlatform.Modules.Maintenance.Persistence;
using OpsPlatform.Shared.Kernel.Domain;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Maintenance.WorkOrders.GetWorkOrder;

internal sealed class GetWorkOrderHandler(MaintenanceSession db, ICurrentUser user) : IRequestHandler<GetWorkOrderQuery, WorkOrderDetails>
{
    public async Task<WorkOrderDetails> Handle(GetWorkOrderQuery query, CancellationToken cancellationToken) =>
        await db.Documents.Query<WorkOrder>()
            .VisibleTo(user)
            .Where(w => w.Id == query.Id)
            .Select(WorkOrderDetails.Projection)
            .SingleOrDefaultAsync(cancellationToken)
        ?? throw new NotFoundException("Work order", query.Id);
}
