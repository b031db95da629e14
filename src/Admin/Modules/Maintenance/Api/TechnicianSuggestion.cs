namespace OpsPlatform.Admin.Modules.Maintenance.Api;

public sealed record TechnicianSuggestion(
    Guid TechnicianId,
    string Name,
    IReadOnlyList<string> MissingSkills,
    int SkillMatch,
    double WorkingHours,
    double BookedHours,
    double FreeHours);
