namespace OpsPlatform.Messaging.TestHost.Probe;

/// <summary>A module-internal message the probe schedules for itself (like a preventive plan falling due).</summary>
public sealed record ReminderDue(string Key);
