using OpsPlatform.Admin.Modules.Maintenance.Api;

namespace OpsPlatform.Admin.Modules.Maintenance.Technicians;

/// <summary>
/// What the technician form holds while it is edited: rows the person adds and removes. Nothing is checked here; the
/// API's messages name the rows (<c>skills[1].name</c>). A skill row left without a name is not sent.
/// </summary>
public sealed class TechnicianDraft
{
    public string? Name { get; set; }
    public Guid? UserId { get; set; }
    public bool Active { get; set; } = true;
    public List<SkillRow> Skills { get; } = [];
    public List<HoursRow> Hours { get; } = [];
    public List<AwayRow> Away { get; } = [];

    public sealed class SkillRow
    {
        public string? Name { get; set; }
        public int Level { get; set; } = 3;
    }

    public sealed class HoursRow
    {
        public DayOfWeek Day { get; set; } = DayOfWeek.Monday;
        public TimeSpan? From { get; set; } = new(8, 0, 0);
        public TimeSpan? To { get; set; } = new(16, 0, 0);
    }

    public sealed class AwayRow
    {
        public DateTime? From { get; set; }
        public DateTime? To { get; set; }
        public string? Reason { get; set; }
    }

    /// <summary>A new technician works Monday to Friday, 08:00-16:00 UTC, until the form says otherwise.</summary>
    public static TechnicianDraft New()
    {
        var draft = new TechnicianDraft();
        for (var day = DayOfWeek.Monday; day <= DayOfWeek.Friday; day++) draft.Hours.Add(new HoursRow { Day = day });
        return draft;
    }

    public static TechnicianDraft From(TechnicianDetails technician)
    {
        var draft = new TechnicianDraft { Name = technician.Name, UserId = technician.UserId, Active = technician.Active };
        draft.Skills.AddRange(technician.Skills.Select(s => new SkillRow { Name = s.Name, Level = s.Level }));
        draft.Hours.AddRange(technician.WeeklyAvailability.Select(h => new HoursRow { Day = h.Day, From = h.From.ToTimeSpan(), To = h.To.ToTimeSpan() }));
        draft.Away.AddRange(technician.Unavailability.Select(u => new AwayRow
        {
            From = u.From.ToDateTime(TimeOnly.MinValue), To = u.To.ToDateTime(TimeOnly.MinValue), Reason = u.Reason,
        }));
        return draft;
    }

    /// <summary>The body to send: without <paramref name="version"/> it registers, with it it changes (and says whether active).</summary>
    public TechnicianRequest ToRequest(int? version) => new(
        Name,
        UserId,
        version is null ? null : Active,
        Skills.Where(s => !string.IsNullOrWhiteSpace(s.Name)).Select(s => new TechnicianSkill(s.Name!.Trim(), s.Level)).ToList(),
        Hours.Select(h => new WeeklyHours(h.Day, TimeOnly.FromTimeSpan(h.From ?? TimeSpan.Zero), TimeOnly.FromTimeSpan(h.To ?? TimeSpan.Zero))).ToList(),
        Away.Select(a => new Unavailability(DateOnly.FromDateTime(a.From ?? DateTime.Today), DateOnly.FromDateTime(a.To ?? a.From ?? DateTime.Today), Blank(a.Reason))).ToList(),
        version);

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
