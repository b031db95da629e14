namespace OpsPlatform.Modules.Maintenance.WorkOrders.SuggestTechnicians;

/// <summary>
/// An active technician for a work order: <see cref="MissingSkills"/> of its required skills they lack,
/// <see cref="SkillMatch"/> the sum of their levels in the required skills, and their hours that week (working hours
/// less days away, booked, free).
/// </summary>
internal sealed record TechnicianSuggestion(
    Guid TechnicianId,
    string Name,
    IReadOnlyList<string> MissingSkills,
    int SkillMatch,
    double WorkingHours,
    double BookedHours,
    double FreeHours);
