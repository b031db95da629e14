using OpsPlatform.Modules.ItAssets.Contracts;
using OpsPlatform.Modules.ItAssets.Licenses;
using OpsPlatform.Modules.ItAssets.Persistence;

namespace OpsPlatform.Modules.ItAssets.Seats;

/// <summary>The integration (and live) events of seats: the seat's user sees them besides IT staff.</summary>
internal static class SeatEvents
{
    public static void PublishSeatAssigned(this ItAssetsSession db, SoftwareLicense l, LicenseSeat s, DateTimeOffset now) =>
        db.Publish(new LicenseSeatAssigned(Guid.CreateVersion7(now), now, s.Id, l.Id, l.ProductName, s.UserId, s.HardwareId, l.SeatsOwned, l.SeatsUsed,
            s.UserId is { } user ? [user] : []));

    public static void PublishSeatReleased(this ItAssetsSession db, SoftwareLicense l, LicenseSeat s, DateTimeOffset now) =>
        db.Publish(new LicenseSeatReleased(Guid.CreateVersion7(now), now, s.Id, l.Id, l.ProductName, s.UserId, s.HardwareId, l.SeatsOwned, l.SeatsUsed,
            s.UserId is { } user ? [user] : []));
}
