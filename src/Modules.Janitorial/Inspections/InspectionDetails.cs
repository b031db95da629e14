namespace OpsPlatform.Modules.Janitorial.Inspections;

internal sealed record InspectionDetails(
    Guid Id,
    Guid SiteId,
    Guid? ScheduleId,
    Guid InspectorId,
    DateOnly InspectionDate,
    int Score,
    int PassThreshold,
    bool Passed,
    string Findings,
    string? CorrectiveActions,
    string? PhotoUrl,
    int Version,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    public static InspectionDetails From(SiteInspection i) => new(
        i.Id, i.SiteId, i.ScheduleId, i.InspectorId, i.InspectionDate, i.Score, i.PassThreshold, i.Passed, i.Findings, i.CorrectiveActions,
        i.PhotoUrl, i.Version, i.CreatedAt, i.UpdatedAt);
}
