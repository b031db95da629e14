using Marten;
using MediatR;
using OpsPlatform.Identity.Contracts;
using OpsPlatform.Modules.Maintenance.Persistence;
using OpsPlatform.Modules.Maintenance.WorkOrders.History;
using OpsPlatform.Shared.Kernel.Domain;

namespace OpsPlatform.Modules.Maintenance.WorkOrders.ListWorkOrderTransitions;

/// <summary>
/// The whole history, oldest first, read from the work order's event stream: a work order has a handful of
/// transitions (the workflow has eight states), so it is not paged.
/// </summary>
internal sealed class ListWorkOrderTransitionsHandler(MaintenanceSession db, ICurrentUser user)
    : IRequestHandler<ListWorkOrderTransitionsQuery, IReadOnlyList<WorkOrderTransitionEntry>>
{
    public async Task<IReadOnlyList<WorkOrderTransitionEntry>> Handle(ListWorkOrderTransitionsQuery query, CancellationToken cancellationToken)
    {
        if (!await db.Documents.Query<WorkOrder>().VisibleTo(user).AnyAsync(w => w.Id == query.Id, cancellationToken))
            throw new NotFoundException("Work order", query.Id);

        var events = await db.Documents.Events.FetchStreamAsync(query.Id, token: cancellationToken);
        return events
            .Select(e => e.Data is WorkOrderHistory.IEvent change && WorkOrderHistory.TransitionOf(change) is { } t
                ? new WorkOrderTransitionEntry(t.From, t.To, change.At, t.By, t.Note)
                : null)
            .OfType<WorkOrderTransitionEntry>()
            .ToList();
    }
}
