using MediatR;
using OpsPlatform.Modules.Maintenance.Persistence;
using OpsPlatform.Shared.Kernel.Domain;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Maintenance.WorkOrders.GetWorkOrder;

/// <summary>
/// Loads the document by its key (one prepared statement; no LINQ to translate per request) and applies the row scope
/// to it: a work order outside the caller's scope is a 404, as in the lists.
/// </summary>
internal sealed class GetWorkOrderHandler(MaintenanceSession db, ICurrentUser user) : IRequestHandler<GetWorkOrderQuery, WorkOrderDetails>
{
    public async Task<WorkOrderDetails> Handle(GetWorkOrderQuery query, CancellationToken cancellationToken) =>
        await db.Reads.LoadAsync<WorkOrder>(query.Id, cancellationToken) is { } workOrder && workOrder.IsVisibleTo(user)
            ? WorkOrderDetails.From(workOrder)
            : throw new NotFoundException("Work order", query.Id);
}
