namespace OpsPlatform.Modules.Maintenance.Technicians;

internal sealed record TechnicianDetails(
    Guid Id,
    string Name,
    Guid? UserId,
    bool Active,
    IReadOnlyList<TechnicianSkill> Skills,
    IReadOnlyList<WeeklyHours> WeeklyAvailability,
    IReadOnlyList<Unavailability> Unavailability,
    int Version,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    public static TechnicianDetails From(Technician t) =>
        new(t.Id, t.Name, t.UserId, t.Active, t.Skills, t.WeeklyAvailability, t.Unavailability, t.Version, t.CreatedAt, t.UpdatedAt);
}
