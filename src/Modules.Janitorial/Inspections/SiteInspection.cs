using OpsPlatform.Modules.Janitorial.Schedules;
using OpsPlatform.Modules.Janitorial.Sites;
using OpsPlatform.Shared.Kernel.Domain;

namespace OpsPlatform.Modules.Janitorial.Inspections;

/// <summary>
/// An inspection of a site, optionally of one cleaning there. It passes when its score reaches the site's threshold
/// as it was when the inspection was recorded (kept on the inspection, so later threshold changes do not rewrite history).
/// </summary>
internal sealed class SiteInspection : AggregateRoot
{
    private SiteInspection() { }

    public Guid SiteId { get; private init; }
    public Guid? ScheduleId { get; private set; }
    public Guid InspectorId { get; private init; }
    public DateOnly InspectionDate { get; private set; }
    public int Score { get; private set; }
    public string Findings { get; private set; } = "";
    public string? CorrectiveActions { get; private set; }
    public string? PhotoUrl { get; private set; }
    public int PassThreshold { get; private init; }
    public bool Passed { get; private set; }

    public static SiteInspection Record(ClientSite site, CleaningSchedule? schedule, Guid inspectorId, InspectionFindings findings, DateOnly today)
    {
        var inspection = new SiteInspection { SiteId = site.Id, InspectorId = inspectorId, PassThreshold = site.PassThreshold };
        inspection.Apply(schedule, findings, today);
        return inspection;
    }

    /// <summary>Corrects the inspection; returns true when the correction turns a pass into a failure.</summary>
    public bool Correct(CleaningSchedule? schedule, InspectionFindings findings, DateOnly today)
    {
        var passedBefore = Passed;
        Apply(schedule, findings, today);
        return passedBefore && !Passed;
    }

    private void Apply(CleaningSchedule? schedule, InspectionFindings f, DateOnly today)
    {
        if (schedule is not null && schedule.SiteId != SiteId)
            throw new DomainRuleViolation("The schedule belongs to another site.", "scheduleId");
        if (f.InspectionDate > today.AddDays(1))
            throw new DomainRuleViolation("An inspection cannot be dated in the future.", "inspectionDate");
        ScheduleId = schedule?.Id;
        InspectionDate = f.InspectionDate;
        Score = f.Score;
        Findings = f.Findings.Trim();
        CorrectiveActions = string.IsNullOrWhiteSpace(f.CorrectiveActions) ? null : f.CorrectiveActions.Trim();
        PhotoUrl = string.IsNullOrWhiteSpace(f.PhotoUrl) ? null : f.PhotoUrl.Trim();
        Passed = Score >= PassThreshold;
    }
}
