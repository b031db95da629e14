using OpsPlatform.Shared.Kernel.Domain;

namespace OpsPlatform.Modules.ItAssets.Assignments;

/// <summary>
/// One check-out of a hardware asset to a user or a location, closed by its check-in. While it is open,
/// <see cref="OpenHardwareId"/> holds the hardware id under a unique index: a second open assignment of the same asset
/// cannot be stored, whatever races. <see cref="OpenDueOn"/> is the expected return while open (the overdue index).
/// </summary>
internal sealed class Assignment : AggregateRoot
{
    private Assignment() { }

    public Guid HardwareId { get; private set; }
    public string AssetTag { get; private set; } = "";
    public string HardwareName { get; private set; } = "";
    public Guid? AssignedTo { get; private set; }
    public string? Location { get; private set; }
    public DateTimeOffset CheckedOutAt { get; private set; }
    public Guid CheckedOutBy { get; private set; }
    public DateOnly? ExpectedReturnOn { get; private set; }
    public string? Note { get; private set; }
    public DateTimeOffset? CheckedInAt { get; private set; }
    public Guid? CheckedInBy { get; private set; }
    public string? CheckInNote { get; private set; }
    public Guid? OpenHardwareId { get; private set; }
    public DateOnly? OpenDueOn { get; private set; }

    public bool IsOpen { get; private set; }

    public static Assignment Open(Guid hardwareId, string assetTag, string hardwareName, Guid? user, string? location,
        DateOnly? expectedReturnOn, string? note, Guid actor, DateTimeOffset now)
    {
        if (expectedReturnOn is { } due && due < DateOnly.FromDateTime(now.UtcDateTime))
            throw new DomainRuleViolation("The expected return cannot be in the past.", "expectedReturnOn");
        return new Assignment
        {
            Id = Guid.CreateVersion7(now),
            HardwareId = hardwareId,
            AssetTag = assetTag,
            HardwareName = hardwareName,
            AssignedTo = user,
            Location = user is null ? location?.Trim() : null,
            CheckedOutAt = now,
            CheckedOutBy = actor,
            ExpectedReturnOn = expectedReturnOn,
            Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim(),
            IsOpen = true,
            OpenHardwareId = hardwareId,
            OpenDueOn = expectedReturnOn,
        };
    }

    public void Close(Guid actor, string? note, DateTimeOffset now)
    {
        CheckedInAt = now;
        CheckedInBy = actor;
        CheckInNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        IsOpen = false;
        OpenHardwareId = null;
        OpenDueOn = null;
    }
}
