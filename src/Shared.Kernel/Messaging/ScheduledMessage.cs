namespace OpsPlatform.Shared.Kernel.Messaging;

/// <summary>A message a unit of work scheduled (or, with a null message, the cancellation of a business key).</summary>
public sealed record ScheduledMessage(IIntegrationEvent? Message, DateTimeOffset DueAt, string? BusinessKey);
