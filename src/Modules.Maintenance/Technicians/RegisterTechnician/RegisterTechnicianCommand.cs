using OpsPlatform.Shared.Kernel.Cqrs;

namespace OpsPlatform.Modules.Maintenance.Technicians.RegisterTechnician;

/// <summary><see cref="UserId"/> links the technician to a user account (at most one technician per account).</summary>
internal sealed record RegisterTechnicianCommand(
    string Name,
    Guid? UserId,
    IReadOnlyList<TechnicianSkill>? Skills,
    IReadOnlyList<WeeklyHours>? WeeklyAvailability,
    IReadOnlyList<Unavailability>? Unavailability) : ICommand<TechnicianDetails>;
