using System.Text.Json.Serialization;
using OpsPlatform.Shared.Kernel.Cqrs;

namespace OpsPlatform.Modules.ItAssets.Seats.AssignSeat;

/// <summary>Give a seat of the license to a user (<see cref="UserId"/>) or a device (<see cref="HardwareId"/>), one of the two.</summary>
internal sealed record AssignSeatCommand(Guid? UserId, Guid? HardwareId) : ICommand<SeatDetails>
{
    [JsonIgnore] public Guid LicenseId { get; init; }
}
