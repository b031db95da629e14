using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Maintenance.Technicians;

/// <summary>Managers see every technician; a technician sees only the record linked to their own account.</summary>
internal static class TechnicianVisibility
{
    public static IQueryable<Technician> VisibleTo(this IQueryable<Technician> technicians, ICurrentUser user)
    {
        if (user.IsManager) return technicians;
        var me = user.Id;
        return technicians.Where(t => t.UserId == me);
    }
}
