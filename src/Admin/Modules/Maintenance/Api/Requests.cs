using System.Text.Json.Serialization;

namespace OpsPlatform.Admin.Modules.Maintenance.Api;

/// <summary>The body of registering (no <see cref="Active"/>, no <see cref="Version"/>) or changing a technician (the API refuses fields it does not know, so the absent ones are left out): the lists replace the stored ones.</summary>
public sealed record TechnicianRequest(
    string? Name,
    Guid? UserId,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] bool? Active,
    IReadOnlyList<TechnicianSkill> Skills,
    IReadOnlyList<WeeklyHours> WeeklyAvailability,
    IReadOnlyList<Unavailability> Unavailability,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Version);

/// <summary>The body of creating (with <see cref="EquipmentId"/>) or changing (with <see cref="Active"/> and <see cref="Version"/>) a preventive plan.</summary>
public sealed record PlanRequest(
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] Guid? EquipmentId,
    string? Title,
    string? Description,
    WorkOrderPriority? Priority,
    IReadOnlyList<string> RequiredSkills,
    int? IntervalCount,
    IntervalUnit? IntervalUnit,
    DueMode? Mode,
    int? LeadTimeDays,
    DateTimeOffset? FirstDueAt,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] bool? Active,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Version);
