using OpsPlatform.Shared.Kernel.Bus;

namespace OpsPlatform.Messaging.TestHost.Probe;

/// <summary>
/// The probe's event. Its payload scripts the handlers, so a handler in another process behaves as the test wants:
/// <see cref="FailTimes"/> failing attempts first, <see cref="DelayMs"/> of work, <see cref="Cascade"/> more
/// generations published by the handler. The second handler fails while <c>probe.faults</c> holds the key.
/// </summary>
[IntegrationEvent("probe.pinged", 1)]
public sealed record Pinged(
    Guid EventId,
    DateTimeOffset OccurredAt,
    string Key,
    int FailTimes = 0,
    int DelayMs = 0,
    int Cascade = 0,
    IReadOnlyList<Guid>? VisibleTo = null) : IIntegrationEvent, IVisibleToUsers
{
    public IReadOnlyList<Guid> VisibleToUserIds => VisibleTo ?? [];

    public static Pinged New(string key, int failTimes = 0, int delayMs = 0, int cascade = 0, IReadOnlyList<Guid>? visibleTo = null) =>
        new(Guid.NewGuid(), DateTimeOffset.UtcNow, key, failTimes, delayMs, cascade, visibleTo);
}
