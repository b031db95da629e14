using System.Text.Json.Serialization;
using OpsPlatform.Shared.Kernel.Cqrs;

namespace OpsPlatform.Modules.Maintenance.Schedules.BookScheduleEntry;

/// <summary><see cref="Override"/> books despite a double booking, hours outside availability or a missing skill; it is recorded.</summary>
internal sealed record BookScheduleEntryCommand(Guid? TechnicianId, DateTimeOffset? StartsAt, DateTimeOffset? EndsAt, bool? Override) : ICommand<ScheduleEntryDetails>
{
    [JsonIgnore] public Guid WorkOrderId { get; init; }
}
