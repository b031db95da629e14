using OpsPlatform.Shared.Kernel.Domain;

namespace OpsPlatform.Modules.ItAssets.Seats;

/// <summary>
/// A seat of a license held by a user or a device (hardware) from its assignment to its release. While it is active,
/// <see cref="ActiveHolderKey"/> (license + holder) sits under a unique index: one holder never takes two seats of one license.
/// </summary>
internal sealed class LicenseSeat : AggregateRoot
{
    private LicenseSeat() { }

    public Guid LicenseId { get; private set; }
    public Guid? UserId { get; private set; }
    public Guid? HardwareId { get; private set; }
    public DateTimeOffset AssignedAt { get; private set; }
    public Guid AssignedBy { get; private set; }
    public DateTimeOffset? ReleasedAt { get; private set; }
    public Guid? ReleasedBy { get; private set; }
    public bool IsActive { get; private set; }
    public string? ActiveHolderKey { get; private set; }

    public static LicenseSeat Assign(Guid licenseId, Guid? user, Guid? hardware, Guid actor, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        LicenseId = licenseId,
        UserId = user,
        HardwareId = user is null ? hardware : null,
        AssignedAt = now,
        AssignedBy = actor,
        IsActive = true,
        ActiveHolderKey = user is { } u ? $"{licenseId}:user:{u}" : $"{licenseId}:hardware:{hardware}",
    };

    public void Release(Guid actor, DateTimeOffset now)
    {
        if (!IsActive)
            throw new ConflictException("This seat was already released.");
        IsActive = false;
        ActiveHolderKey = null;
        ReleasedAt = now;
        ReleasedBy = actor;
    }
}
