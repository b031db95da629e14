using OpsPlatform.Modules.ItAssets.Contracts;
using OpsPlatform.Modules.ItAssets.Persistence;

namespace OpsPlatform.Modules.ItAssets.Assignments;

/// <summary>The integration (and live) events of check-out and check-in: the holder sees them besides IT staff.</summary>
internal static class AssignmentEvents
{
    public static void PublishCheckedOut(this ItAssetsSession db, Assignment a, DateTimeOffset now) =>
        db.Publish(new HardwareCheckedOut(Guid.CreateVersion7(now), now, a.Id, a.HardwareId, a.AssetTag, a.AssignedTo, a.Location,
            a.ExpectedReturnOn, a.CheckedOutBy, Holder(a)));

    public static void PublishCheckedIn(this ItAssetsSession db, Assignment a, DateTimeOffset now) =>
        db.Publish(new HardwareCheckedIn(Guid.CreateVersion7(now), now, a.Id, a.HardwareId, a.AssetTag, a.AssignedTo, a.Location,
            a.CheckedInBy!.Value, Holder(a)));

    private static Guid[] Holder(Assignment a) => a.AssignedTo is { } user ? [user] : [];
}
