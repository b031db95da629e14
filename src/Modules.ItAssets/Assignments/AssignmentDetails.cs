namespace OpsPlatform.Modules.ItAssets.Assignments;

internal sealed record AssignmentDetails(
    Guid Id,
    Guid HardwareId,
    string AssetTag,
    string HardwareName,
    Guid? AssignedTo,
    string? Location,
    DateTimeOffset CheckedOutAt,
    Guid CheckedOutBy,
    DateOnly? ExpectedReturnOn,
    string? Note,
    DateTimeOffset? CheckedInAt,
    Guid? CheckedInBy,
    string? CheckInNote,
    bool IsOpen);
