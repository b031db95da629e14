namespace OpsPlatform.Modules.Janitorial.Schedules.PlanCleaning;

/// <summary>A new plan: its first occurrence and how many occurrences the series holds.</summary>
internal sealed record PlannedCleaning(Guid SeriesId, int OccurrenceCount, DateOnly LastServiceDate, ScheduleDetails First);
