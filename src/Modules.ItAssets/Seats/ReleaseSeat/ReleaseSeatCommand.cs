using OpsPlatform.Shared.Kernel.Cqrs;

namespace OpsPlatform.Modules.ItAssets.Seats.ReleaseSeat;

internal sealed record ReleaseSeatCommand(Guid LicenseId, Guid SeatId) : ICommand<SeatDetails>;
