namespace OpsPlatform.Modules.Maintenance.Schedules;

internal sealed record ScheduleEntryDetails(
    Guid Id,
    Guid WorkOrderId,
    Guid TechnicianId,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    Guid BookedBy,
    Guid? OverriddenBy,
    string? OverrideReasons,
    int Version,
    DateTimeOffset CreatedAt)
{
    public static ScheduleEntryDetails From(ScheduleEntry e) =>
        new(e.Id, e.WorkOrderId, e.TechnicianId, e.StartsAt, e.EndsAt, e.BookedBy, e.OverriddenBy, e.OverrideReasons, e.Version, e.CreatedAt);
}
