using System.Text.Json.Serialization;
using OpsPlatform.Shared.Kernel.Cqrs;

namespace OpsPlatform.Modules.Psa.Time.UpdateTimeEntry;

internal sealed record UpdateTimeEntryCommand(Guid? TaskId, DateOnly? Date, int? Minutes, string? Note, bool? Billable, int? Version)
    : ICommand<TimeEntryDetails>, ITimeEntryFields
{
    [JsonIgnore] public Guid Id { get; init; }
}
