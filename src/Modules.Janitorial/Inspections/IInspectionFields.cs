namespace OpsPlatform.Modules.Janitorial.Inspections;

/// <summary>The fields of an inspection, in a record or a correction body.</summary>
internal interface IInspectionFields
{
    Guid? ScheduleId { get; }
    DateOnly? InspectionDate { get; }
    int? Score { get; }
    string Findings { get; }
    string? CorrectiveActions { get; }
    string? PhotoUrl { get; }
}
