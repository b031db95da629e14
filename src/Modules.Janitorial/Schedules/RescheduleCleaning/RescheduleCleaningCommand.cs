using System.Text.Json.Serialization;
using OpsPlatform.Shared.Kernel.Cqrs;

namespace OpsPlatform.Modules.Janitorial.Schedules.RescheduleCleaning;

/// <summary>Moves or reassigns one occurrence. <see cref="Version"/> is the version the caller read.</summary>
internal sealed record RescheduleCleaningCommand(
    Guid? AssignedTo, DateOnly? ServiceDate, TimeOnly? StartTime, TimeOnly? EndTime, string? Notes, int? Version) : ICommand<ScheduleDetails>
{
    [JsonIgnore] public Guid Id { get; init; }
}
