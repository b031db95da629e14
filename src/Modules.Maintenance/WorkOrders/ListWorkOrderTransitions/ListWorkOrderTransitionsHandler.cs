using MediatR;
using Microsoft.EntityFrameworkCore;
using OpsPlatform.Modules.Maintenance.Persistence;
using OpsPlatform.Shared.Kernel.Domain;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Maintenance.WorkOrders.ListWorkOrderTransitions;

/// <summary>
/// The whole history, oldest first: a work order has a handful of transitions (the workflow has eight states), so it is
/// not paged. Served by ix_work_order_transitions_work_order.
/// </summary>
internal sealed class ListWorkOrderTransitionsHandler(MaintenanceDbContext db, ICurrentUser user)
    : IRequestHandler<ListWorkOrderTransitionsQuery, IReadOnlyList<WorkOrderTransitionEntry>>
{
    public async Task<IReadOnlyList<WorkOrderTransitionEntry>> Handle(ListWorkOrderTransitionsQuery query, CancellationToken cancellationToken)
    {
        if (!await db.WorkOrders.AsNoTracking().VisibleTo(user).AnyAsync(w => w.Id == query.Id, cancellationToken))
            throw new NotFoundException("Work order", query.Id);

        return await db.WorkOrderTransitions.AsNoTracking()
            .Where(t => t.WorkOrderId == query.Id)
            .OrderBy(t => t.At).ThenBy(t => t.Id)
            .Select(t => new WorkOrderTransitionEntry(t.FromStatus, t.ToStatus, t.At, t.ChangedBy, t.Note))
            .ToListAsync(cancellationToken);
    }
}
