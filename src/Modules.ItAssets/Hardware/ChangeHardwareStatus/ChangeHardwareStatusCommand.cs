using System.Text.Json.Serialization;
using OpsPlatform.Shared.Kernel.Cqrs;

namespace OpsPlatform.Modules.ItAssets.Hardware.ChangeHardwareStatus;

internal sealed record ChangeHardwareStatusCommand(HardwareStatus? Status, string? Note) : ICommand<HardwareDetails>
{
    [JsonIgnore] public Guid Id { get; init; }
}
