using OpsPlatform.Shared.Kernel.Bus;

namespace OpsPlatform.Modules.Notifications.Contracts;

/// <summary>
/// Tells the people in <see cref="RecipientIds"/> about something, in-app and (by their preferences) by e-mail. A module
/// sends it from its own handler of its own events, having chosen the recipients with its own visibility rules: the
/// notifications module trusts the list and knows no module's internals.
/// <see cref="Key"/> is deterministic for the occurrence (e.g. <c>maintenance.work-order-assigned:{event id}</c>): a
/// second delivery of the same key notifies nobody twice. <see cref="Kind"/> names what happened
/// (<c>&lt;module&gt;.&lt;kebab-name&gt;</c>, the unit of a user's preferences); <see cref="Urgency"/> (<c>high</c>,
/// <c>normal</c>, <c>low</c>) picks the delivery a user gets before choosing one. <see cref="Link"/> is a path in the
/// admin UI; the source names the record it is about.
/// </summary>
[IntegrationEvent("notifications.notify", 1)]
public sealed record Notify(
    Guid EventId,
    DateTimeOffset OccurredAt,
    string Key,
    string Kind,
    string Urgency,
    IReadOnlyList<Guid> RecipientIds,
    string Title,
    string Body,
    string? Link,
    string SourceModule,
    string SourceType,
    Guid SourceId) : IIntegrationEvent, IDirectMessage;
