using Marten;
using OpsPlatform.Identity.Contracts;
using OpsPlatform.Modules.Maintenance.Persistence;
using OpsPlatform.Modules.Maintenance.Technicians;

namespace OpsPlatform.Modules.Maintenance.Schedules;

/// <summary>Managers see every booking; a technician sees only their own (their account's technician record, a unique index).</summary>
internal static class ScheduleEntryVisibility
{
    public static async Task<IQueryable<ScheduleEntry>> VisibleToAsync(this IQueryable<ScheduleEntry> entries, MaintenanceSession db, ICurrentUser user, CancellationToken ct)
    {
        if (user.IsManager) return entries;
        var me = user.Id;
        var mine = await db.Documents.Query<Technician>().Where(t => t.UserId == me).Select(t => t.Id).ToListAsync(ct);
        return mine.Count == 0 ? entries.Where(e => false) : entries.Where(e => e.TechnicianId == mine[0]);
    }
}
