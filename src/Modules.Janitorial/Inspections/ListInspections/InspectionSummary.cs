namespace OpsPlatform.Modules.Janitorial.Inspections.ListInspections;

internal sealed record InspectionSummary(Guid Id, Guid SiteId, Guid? ScheduleId, Guid InspectorId, DateOnly InspectionDate, int Score, bool Passed);
