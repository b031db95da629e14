using Marten;
using OpsPlatform.Modules.Janitorial.Persistence;
using OpsPlatform.Modules.Janitorial.Sites;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Janitorial.Schedules;

/// <summary>
/// Managers see every schedule; a technician only their own; an inspector also every schedule at the sites they
/// inspect (to link inspections to them). Clients see none.
/// </summary>
internal static class ScheduleVisibility
{
    public static async Task<IQueryable<CleaningSchedule>> VisibleSchedulesAsync(this JanitorialSession db, ICurrentUser user, CancellationToken cancellationToken)
    {
        var schedules = db.Documents.Query<CleaningSchedule>();
        if (user.IsManager) return schedules;
        var me = user.Id;
        if (!user.IsInRole(Roles.Inspector)) return schedules.Where(s => s.AssignedTo == me);
        var inspected = await db.SitesOfAsync(me, SiteRole.Inspector, cancellationToken);
        return schedules.Where(s => s.AssignedTo == me || inspected.Contains(s.SiteId));
    }
}
