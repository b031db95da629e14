using System.Text.Json.Serialization;
using OpsPlatform.Shared.Kernel.Cqrs;

namespace OpsPlatform.Modules.Psa.Time.DecideWeek;

/// <summary>
/// The project owner's decision on a person's submitted week on their project: approve (entries locked) or reject
/// (with a reason; the person corrects and submits again).
/// </summary>
internal sealed record DecideWeekCommand(Guid? UserId, DateOnly? WeekStart, string? Reason) : ICommand<WeekDecision>
{
    [JsonIgnore] public Guid ProjectId { get; init; }
    [JsonIgnore] public bool Approve { get; init; }
}
