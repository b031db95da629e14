namespace OpsPlatform.Admin.Modules.Maintenance.Api;

/// <summary>A skill by name (lower case) at a level from 1 (basic) to 5 (expert).</summary>
public sealed record TechnicianSkill(string Name, int Level);

/// <summary>The hours a technician works on a weekday, in UTC, as the API stores them.</summary>
public sealed record WeeklyHours(DayOfWeek Day, TimeOnly From, TimeOnly To);

/// <summary>Whole days (inclusive) a technician is away.</summary>
public sealed record Unavailability(DateOnly From, DateOnly To, string? Reason);

public sealed record TechnicianDetails(
    Guid Id,
    string Name,
    Guid? UserId,
    bool Active,
    IReadOnlyList<TechnicianSkill> Skills,
    IReadOnlyList<WeeklyHours> WeeklyAvailability,
    IReadOnlyList<Unavailability> Unavailability,
    int Version,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);

/// <summary>A technician's bookings in a range, and the work orders assigned to them that fall due in it.</summary>
public sealed record TechnicianAgenda(
    Guid TechnicianId,
    string Name,
    DateTimeOffset From,
    DateTimeOffset To,
    IReadOnlyList<AgendaBooking> Bookings,
    IReadOnlyList<AgendaDueWork> Due);

public sealed record AgendaBooking(Guid ScheduleEntryId, Guid WorkOrderId, string Title, WorkOrderPriority Priority, WorkOrderStatus Status, DateTimeOffset StartsAt, DateTimeOffset EndsAt);

public sealed record AgendaDueWork(Guid WorkOrderId, string Title, WorkOrderPriority Priority, WorkOrderStatus Status, DateTimeOffset DueAt);
