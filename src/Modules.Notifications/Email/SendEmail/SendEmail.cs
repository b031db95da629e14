using OpsPlatform.Shared.Kernel.Bus;

namespace OpsPlatform.Modules.Notifications.Email.SendEmail;

/// <summary>An attempt at sending one e-mail delivery is due: a durable message this module sends (or schedules) to itself.</summary>
[IntegrationEvent("notifications.send-email", 1)]
public sealed record SendEmail(Guid EventId, DateTimeOffset OccurredAt, Guid DeliveryId) : IIntegrationEvent, IDirectMessage;
