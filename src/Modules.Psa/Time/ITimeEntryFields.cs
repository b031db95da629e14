namespace OpsPlatform.Modules.Psa.Time;

internal interface ITimeEntryFields
{
    Guid? TaskId { get; }
    DateOnly? Date { get; }
    int? Minutes { get; }
    string? Note { get; }
    bool? Billable { get; }
}
