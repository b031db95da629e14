using OpsPlatform.Shared.Kernel.Domain;

namespace OpsPlatform.Modules.Maintenance.Technicians;

/// <summary>
/// A person who does maintenance work: skills with levels, weekly working hours (UTC) and dated unavailability,
/// optionally linked to a user account (then that user acts as this technician).
/// </summary>
internal sealed class Technician : AggregateRoot
{
    private Technician() { }

    public string Name { get; private set; } = "";
    public Guid? UserId { get; private set; }
    public bool Active { get; private set; }
    public IReadOnlyList<TechnicianSkill> Skills { get; private set; } = [];
    public IReadOnlyList<WeeklyHours> WeeklyAvailability { get; private set; } = [];
    public IReadOnlyList<Unavailability> Unavailability { get; private set; } = [];

    public static Technician Register(
        string name, Guid? userId, IEnumerable<TechnicianSkill> skills, IEnumerable<WeeklyHours> weeklyAvailability,
        IEnumerable<Unavailability> unavailability)
    {
        var technician = new Technician { Active = true };
        technician.Update(name, userId, true, skills, weeklyAvailability, unavailability);
        return technician;
    }

    public void Update(
        string name, Guid? userId, bool active, IEnumerable<TechnicianSkill> skills, IEnumerable<WeeklyHours> weeklyAvailability,
        IEnumerable<Unavailability> unavailability)
    {
        var hours = weeklyAvailability.OrderBy(h => h.Day).ThenBy(h => h.From).ToList();
        for (var i = 1; i < hours.Count; i++)
            if (hours[i].Day == hours[i - 1].Day && hours[i].From < hours[i - 1].To)
                throw new DomainRuleViolation($"The working hours on {hours[i].Day.ToString().ToLowerInvariant()} overlap.", "weeklyAvailability");
        Name = name.Trim();
        UserId = userId;
        Active = active;
        Skills = skills
            .GroupBy(s => s.Name.Trim().ToLowerInvariant())
            .Select(g => new TechnicianSkill(g.Key, g.Max(s => s.Level)))
            .OrderBy(s => s.Name, StringComparer.Ordinal)
            .ToList();
        WeeklyAvailability = hours;
        Unavailability = unavailability.OrderBy(u => u.From).ToList();
    }

    /// <summary>A technician who was given work is history: they are deactivated, never deleted.</summary>
    public void EnsureDeletable(bool hasWork)
    {
        if (hasWork)
            throw new DomainRuleViolation($"{Name} has work orders or bookings and cannot be deleted; set them inactive instead.");
    }

    public IReadOnlyList<string> MissingSkills(IEnumerable<string> required) =>
        required.Where(r => !Skills.Any(s => s.Name == r)).ToList();

    /// <summary>How well the skills fit: the sum of the levels of the required skills held (0 when none is required).</summary>
    public int SkillMatch(IEnumerable<string> required) =>
        required.Sum(r => Skills.FirstOrDefault(s => s.Name == r)?.Level ?? 0);

    /// <summary>Why the technician cannot work from <paramref name="start"/> to <paramref name="end"/>, or null when they can.</summary>
    public string? WhyUnavailable(DateTimeOffset start, DateTimeOffset end)
    {
        start = start.ToUniversalTime();
        end = end.ToUniversalTime();
        var day = DateOnly.FromDateTime(start.UtcDateTime);
        if (Unavailability.FirstOrDefault(u => u.Covers(day)) is { } away)
            return $"{Name} is unavailable on {day:yyyy-MM-dd}{(away.Reason is null ? "" : $" ({away.Reason})")}.";
        var lastMoment = end.AddTicks(-1);
        if (DateOnly.FromDateTime(lastMoment.UtcDateTime) != day)
            return "A booking must start and end on the same day (UTC).";
        var from = TimeOnly.FromDateTime(start.UtcDateTime);
        var to = TimeOnly.FromDateTime(lastMoment.UtcDateTime);
        var windows = WeeklyAvailability.Where(h => h.Day == start.DayOfWeek).ToList();
        if (windows.Any(h => h.From <= from && to < h.To)) return null;
        return windows.Count == 0
            ? $"{Name} does not work on {start.DayOfWeek.ToString().ToLowerInvariant()}s."
            : $"{Name} works {string.Join(", ", windows.Select(h => $"{h.From:HH\\:mm}-{h.To:HH\\:mm}"))} UTC on {start.DayOfWeek.ToString().ToLowerInvariant()}s; the booking is outside those hours.";
    }

    /// <summary>The working hours in the week starting on <paramref name="monday"/>, less the days away.</summary>
    public double HoursInWeek(DateOnly monday) =>
        Enumerable.Range(0, 7)
            .Select(monday.AddDays)
            .Where(day => !Unavailability.Any(u => u.Covers(day)))
            .Sum(day => WeeklyAvailability.Where(h => h.Day == day.DayOfWeek).Sum(h => h.Hours));
}
