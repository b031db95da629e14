using System.Text.Json.Serialization;
using OpsPlatform.Shared.Kernel.Cqrs;

namespace OpsPlatform.Modules.ItAssets.Assignments.CheckInHardware;

internal sealed record CheckInHardwareCommand(string? Note) : ICommand<AssignmentDetails>
{
    [JsonIgnore] public Guid HardwareId { get; init; }
}
