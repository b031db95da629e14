using System.Text.Json.Serialization;
using OpsPlatform.Shared.Kernel.Cqrs;

namespace OpsPlatform.Modules.ItAssets.Hardware.ChangeHardwareStage;

internal sealed record ChangeHardwareStageCommand(LifecycleStage? Stage, string? Note) : ICommand<HardwareDetails>
{
    [JsonIgnore] public Guid Id { get; init; }
}
