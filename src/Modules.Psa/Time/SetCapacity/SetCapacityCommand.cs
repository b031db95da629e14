using System.Text.Json.Serialization;
using OpsPlatform.Shared.Kernel.Cqrs;

namespace OpsPlatform.Modules.Psa.Time.SetCapacity;

internal sealed record SetCapacityCommand(decimal? WeeklyHours) : ICommand<CapacityDetails>
{
    [JsonIgnore] public Guid UserId { get; init; }
}
