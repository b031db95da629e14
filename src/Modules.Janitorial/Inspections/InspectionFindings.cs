namespace OpsPlatform.Modules.Janitorial.Inspections;

/// <summary>What an inspector writes down, validated for shape.</summary>
internal sealed record InspectionFindings(DateOnly InspectionDate, int Score, string Findings, string? CorrectiveActions, string? PhotoUrl)
{
    public static InspectionFindings From(IInspectionFields f) =>
        new(f.InspectionDate!.Value, f.Score!.Value, f.Findings, f.CorrectiveActions, f.PhotoUrl);
}
