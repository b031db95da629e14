using OpsPlatform.Admin.Modules.Janitorial.Api;

namespace OpsPlatform.Admin.Modules.Janitorial.Inspections;

/// <summary>What an inspector types, kept as typed (the date as the date input gives it) until the API accepts it.</summary>
public sealed class InspectionForm
{
    public string? Date { get; set; }
    public int? Score { get; set; }
    public string? Findings { get; set; }
    public string? CorrectiveActions { get; set; }
    public string? PhotoUrl { get; set; }

    public DateOnly? InspectionDate => DateOnly.TryParseExact(Date, "yyyy-MM-dd", out var d) ? d : null;

    public static InspectionForm From(InspectionDetails i) => new()
    {
        Date = i.InspectionDate.ToString("yyyy-MM-dd"),
        Score = i.Score,
        Findings = i.Findings,
        CorrectiveActions = i.CorrectiveActions,
        PhotoUrl = i.PhotoUrl,
    };

    public static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
