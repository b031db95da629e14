using System.Text.Json.Serialization;
using OpsPlatform.Shared.Kernel.Cqrs;

namespace OpsPlatform.Modules.ItAssets.Assignments.CheckOutHardware;

/// <summary>Check hardware out to a user (<see cref="AssignedTo"/>) or a <see cref="Location"/>, one of the two.</summary>
internal sealed record CheckOutHardwareCommand(Guid? AssignedTo, string? Location, DateOnly? ExpectedReturnOn, string? Note) : ICommand<AssignmentDetails>
{
    [JsonIgnore] public Guid HardwareId { get; init; }
}
