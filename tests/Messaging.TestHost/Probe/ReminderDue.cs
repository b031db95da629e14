using OpsPlatform.Shared.Kernel.Messaging;

namespace OpsPlatform.Messaging.TestHost.Probe;

/// <summary>A module-internal message the probe schedules for itself (like a preventive plan falling due).</summary>
[IntegrationEvent("probe.reminder-due", 1)]
public sealed record ReminderDue(Guid EventId, DateTimeOffset OccurredAt, string Key) : IIntegrationEvent
{
    public static ReminderDue New(string key) => new(Guid.NewGuid(), DateTimeOffset.UtcNow, key);
}
