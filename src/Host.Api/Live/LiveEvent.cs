namespace OpsPlatform.Host.Api.Live;

/// <summary>A committed integration event as the live stream carries it; <see cref="Payload"/> is its stored JSON; a
/// <see cref="Personal"/> one is for <see cref="VisibleTo"/> only, managers included.</summary>
internal sealed record LiveEvent(
    LiveCursor Cursor,
    string Module,
    string Type,
    int Version,
    DateTimeOffset OccurredAt,
    Guid[]? VisibleTo,
    string Payload,
    bool Personal = false);
