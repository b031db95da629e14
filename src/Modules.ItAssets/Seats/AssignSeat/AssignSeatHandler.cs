using MediatR;
using Marten;
using OpsPlatform.Identity.Contracts;
using OpsPlatform.Modules.ItAssets.Hardware;
using OpsPlatform.Modules.ItAssets.Licenses;
using OpsPlatform.Modules.ItAssets.Persistence;
using OpsPlatform.Shared.Kernel.Domain;

namespace OpsPlatform.Modules.ItAssets.Seats.AssignSeat;

/// <summary>
/// Counts the seat under the license's advisory lock: concurrent assignments of one license run one at a time, each
/// reading the count the previous one committed, so the last seat goes to exactly one of them and the rest get 409.
/// (The license's version check would refuse a writer that slipped past the lock, too.)
/// </summary>
internal sealed class AssignSeatHandler(ItAssetsSession db, ICurrentUser user, TimeProvider clock) : IRequestHandler<AssignSeatCommand, SeatDetails>
{
    public async Task<SeatDetails> Handle(AssignSeatCommand command, CancellationToken cancellationToken)
    {
        await db.LockAsync(ItAssetsLocks.LicenseSeats(command.LicenseId), cancellationToken);
        var license = await db.Documents.LoadAsync<SoftwareLicense>(command.LicenseId, cancellationToken)
                      ?? throw new NotFoundException("License", command.LicenseId);
        if (command.HardwareId is { } hardwareId && await db.Documents.LoadAsync<HardwareAsset>(hardwareId, cancellationToken) is null)
            throw new DomainRuleViolation($"Hardware '{hardwareId}' does not exist.", "hardwareId");
        var now = clock.GetUtcNow();
        license.TakeSeat();
        var seat = LicenseSeat.Assign(license.Id, command.UserId, command.HardwareId, user.Id, now);
        db.Insert(seat);
        db.Update(license);
        db.PublishSeatAssigned(license, seat, now);
        await db.SaveChangesAsync(cancellationToken);
        return SeatDetails.From(seat);
    }
}
