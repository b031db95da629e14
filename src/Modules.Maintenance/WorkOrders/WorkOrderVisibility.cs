using Microsoft.EntityFrameworkCore;
using OpsPlatform.Modules.Maintenance.Persistence;
using OpsPlatform.Shared.Kernel.Domain;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Maintenance.WorkOrders;

/// <summary>
/// Row scope, folded into each query: managers see every work order; anyone else sees those they requested and
/// those assigned to the technician record linked to their account. A row outside the scope is a 404.
/// </summary>
internal static class WorkOrderVisibility
{
    public static IQueryable<WorkOrder> VisibleTo(this IQueryable<WorkOrder> workOrders, ICurrentUser user)
    {
        if (user.IsManager) return workOrders;
        var me = user.Id;
        return workOrders.Where(w => w.RequestedBy == me || w.TechnicianUserId == me);
    }

    /// <summary>Those the caller may work on: any for managers, only those assigned to them for technicians.</summary>
    public static IQueryable<WorkOrder> WorkableBy(this IQueryable<WorkOrder> workOrders, ICurrentUser user)
    {
        if (user.IsManager) return workOrders;
        var me = user.Id;
        return workOrders.Where(w => w.TechnicianUserId == me);
    }

    /// <summary>Loads a work order for a change by the caller (tracked), or 404.</summary>
    public static async Task<WorkOrder> WorkOrderToChangeAsync(this MaintenanceDbContext db, Guid id, ICurrentUser user, int? version, CancellationToken ct)
    {
        var workOrder = await db.WorkOrders.WorkableBy(user).SingleOrDefaultAsync(w => w.Id == id, ct)
                        ?? throw new NotFoundException("Work order", id);
        workOrder.EnsureVersion(version);
        return workOrder;
    }
}
