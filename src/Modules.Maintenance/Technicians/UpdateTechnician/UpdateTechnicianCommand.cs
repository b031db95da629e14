using System.Text.Json.Serialization;
using OpsPlatform.Shared.Kernel.Cqrs;

namespace OpsPlatform.Modules.Maintenance.Technicians.UpdateTechnician;

internal sealed record UpdateTechnicianCommand(
    string Name,
    Guid? UserId,
    bool? Active,
    IReadOnlyList<TechnicianSkill>? Skills,
    IReadOnlyList<WeeklyHours>? WeeklyAvailability,
    IReadOnlyList<Unavailability>? Unavailability,
    int? Version) : ICommand<TechnicianDetails>
{
    [JsonIgnore] public Guid Id { get; init; }
}
