using System.Text.Json.Serialization;
using OpsPlatform.Shared.Kernel.Cqrs;

namespace OpsPlatform.Modules.Janitorial.Schedules.ChangeScheduleStatus;

/// <summary><see cref="Version"/> is optional: without it the change applies to the current version.</summary>
internal sealed record ChangeScheduleStatusCommand(ScheduleStatus? Status, int? Version) : ICommand<ScheduleDetails>
{
    [JsonIgnore] public Guid Id { get; init; }
}
