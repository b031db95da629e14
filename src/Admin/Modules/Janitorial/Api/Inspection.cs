namespace OpsPlatform.Admin.Modules.Janitorial.Api;

public sealed record InspectionSummary(Guid Id, Guid SiteId, Guid? ScheduleId, Guid InspectorId, DateOnly InspectionDate, int Score, bool Passed);

public sealed record InspectionDetails(
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
    DateTimeOffset UpdatedAt);

/// <summary>What an inspector writes down; the API checks every field.</summary>
public sealed record InspectionDraft(Guid? SiteId, Guid? ScheduleId, DateOnly? InspectionDate, int? Score, string? Findings, string? CorrectiveActions, string? PhotoUrl);

public sealed record InspectionPhoto(Guid Id, Guid InspectionId, string FileName, string ContentType, long Length, Guid UploadedBy, DateTimeOffset UploadedAt, string ContentUrl);
