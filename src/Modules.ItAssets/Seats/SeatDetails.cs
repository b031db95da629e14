namespace OpsPlatform.Modules.ItAssets.Seats;

internal sealed record SeatDetails(
    Guid Id, Guid LicenseId, Guid? UserId, Guid? HardwareId, DateTimeOffset AssignedAt, Guid AssignedBy, DateTimeOffset? ReleasedAt,
    Guid? ReleasedBy, bool IsActive)
{
    public static SeatDetails From(LicenseSeat s) => new(s.Id, s.LicenseId, s.UserId, s.HardwareId, s.AssignedAt, s.AssignedBy, s.ReleasedAt, s.ReleasedBy, s.IsActive);
}
