using OpsPlatform.Modules.Maintenance.Persistence;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Maintenance.Schedules;

/// <summary>Managers see every booking; a technician sees only their own.</summary>
internal static class ScheduleEntryVisibility
{
    public static IQueryable<ScheduleEntry> VisibleTo(this IQueryable<ScheduleEntry> entries, MaintenanceDbContext db, ICurrentUser user)
    {
        if (user.IsManager) return entries;
        var me = user.Id;
        return entries.Where(e => db.Technicians.Any(t => t.Id == e.TechnicianId && t.UserId == me));
    }
}
