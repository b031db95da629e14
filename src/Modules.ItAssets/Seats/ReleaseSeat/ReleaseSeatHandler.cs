using MediatR;
using Marten;
using OpsPlatform.Identity.Contracts;
using OpsPlatform.Modules.ItAssets.Licenses;
using OpsPlatform.Modules.ItAssets.Persistence;
using OpsPlatform.Shared.Kernel.Domain;

namespace OpsPlatform.Modules.ItAssets.Seats.ReleaseSeat;

internal sealed class ReleaseSeatHandler(ItAssetsSession db, ICurrentUser user, TimeProvider clock) : IRequestHandler<ReleaseSeatCommand, SeatDetails>
{
    public async Task<SeatDetails> Handle(ReleaseSeatCommand command, CancellationToken cancellationToken)
    {
        await db.LockAsync(ItAssetsLocks.LicenseSeats(command.LicenseId), cancellationToken);
        var seat = await db.Documents.LoadAsync<LicenseSeat>(command.SeatId, cancellationToken);
        if (seat is null || seat.LicenseId != command.LicenseId) throw new NotFoundException("Seat", command.SeatId);
        var license = await db.Documents.LoadAsync<SoftwareLicense>(command.LicenseId, cancellationToken)
                      ?? throw new NotFoundException("License", command.LicenseId);
        var now = clock.GetUtcNow();
        seat.Release(user.Id, now);
        license.GiveBackSeat();
        db.Update(seat);
        db.Update(license);
        db.PublishSeatReleased(license, seat, now);
        await db.SaveChangesAsync(cancellationToken);
        return SeatDetails.From(seat);
    }
}
