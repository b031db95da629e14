namespace OpsPlatform.Admin.Modules.Janitorial.Api;

/// <summary>One cleaning occurrence as the schedule list gives it; dates and times are local to the site.</summary>
public sealed record Cleaning(
    Guid Id,
    Guid SeriesId,
    Guid SiteId,
    string SiteName,
    Guid AssignedTo,
    DateOnly ServiceDate,
    TimeOnly StartTime,
    TimeOnly EndTime,
    Frequency Frequency,
    CleaningStatus Status);
