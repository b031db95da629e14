using OpsPlatform.Modules.Maintenance.Schedules;
using OpsPlatform.Modules.Maintenance.Technicians;
using MediatR;
using Marten;
using OpsPlatform.Modules.Maintenance.Persistence;
using OpsPlatform.Shared.Kernel.Domain;

namespace OpsPlatform.Modules.Maintenance.WorkOrders.SuggestTechnicians;

/// <summary>
/// Ranks active technicians for a work order: first those holding every required skill, then by skill match (sum of
/// levels), then by free hours in the week (Monday to Sunday, UTC). Three queries: the work order, the technicians, the week's bookings.
/// </summary>
internal sealed class SuggestTechniciansHandler(MaintenanceSession db, TimeProvider clock)
    : IRequestHandler<SuggestTechniciansQuery, IReadOnlyList<TechnicianSuggestion>>
{
    public async Task<IReadOnlyList<TechnicianSuggestion>> Handle(SuggestTechniciansQuery query, CancellationToken cancellationToken)
    {
        var required = (await db.Documents.LoadAsync<WorkOrder>(query.Id, cancellationToken))?.RequiredSkills
                       ?? throw new NotFoundException("Work order", query.Id);
        var day = query.WeekOf ?? DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var monday = day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
        var weekStart = new DateTimeOffset(monday.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var weekEnd = weekStart.AddDays(7);

        var technicians = await db.Documents.Query<Technician>().Where(t => t.Active).ToListAsync(cancellationToken);
        var bookings = await db.Documents.Query<ScheduleEntry>()
            .Where(e => e.StartsAt < weekEnd && e.EndsAt > weekStart)
            .Select(e => new { e.TechnicianId, e.StartsAt, e.EndsAt })
            .ToListAsync(cancellationToken);
        var booked = bookings.GroupBy(b => b.TechnicianId).ToDictionary(
            g => g.Key,
            g => g.Sum(b => ((b.EndsAt < weekEnd ? b.EndsAt : weekEnd) - (b.StartsAt > weekStart ? b.StartsAt : weekStart)).TotalHours));

        return technicians
            .Select(t =>
            {
                var working = t.HoursInWeek(monday);
                var bookedHours = booked.GetValueOrDefault(t.Id);
                return new TechnicianSuggestion(t.Id, t.Name, t.MissingSkills(required), t.SkillMatch(required), working, Math.Round(bookedHours, 2),
                    Math.Round(Math.Max(0, working - bookedHours), 2));
            })
            .OrderBy(s => s.MissingSkills.Count)
            .ThenByDescending(s => s.SkillMatch)
            .ThenByDescending(s => s.FreeHours)
            .ThenBy(s => s.Name, StringComparer.Ordinal)
            .ToList();
    }
}
