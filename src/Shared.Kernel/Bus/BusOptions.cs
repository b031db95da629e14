namespace OpsPlatform.Shared.Kernel.Bus;

/// <summary>
/// The bus's timings and limits (configuration section <c>Bus</c>, e.g. <c>Bus:RetryBackoff=00:00:01</c>), applied to
/// Wolverine's settings. The Testing environment starts from <see cref="ForTesting"/>, which configuration still overrides.
/// </summary>
public sealed class BusOptions
{
    /// <summary>False: this node fires no scheduled message and starts no recurring job (what it publishes it still handles).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Attempts (the first included) before a failing message is dead-lettered.</summary>
    public int MaxAttempts { get; set; } = 3;

    /// <summary>The first retry waits this; each further one twice as long.</summary>
    public TimeSpan RetryBackoff { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How often a node looks for scheduled messages that fell due (Wolverine's ScheduledJobPollingTime).</summary>
    public TimeSpan ScheduledPollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>A node silent this long is stale: the leader hands its envelopes to the others (MESSAGING.md R36).</summary>
    public TimeSpan StaleNodeTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How often each node writes its heartbeat and the leader checks the others.</summary>
    public TimeSpan HealthCheckInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Handled envelopes are kept this long (the redelivery guard for <c>IdAndDestination</c>).</summary>
    public TimeSpan HandledRetention { get; set; } = TimeSpan.FromDays(7);

    /// <summary>Live events are kept this long: the live stream's replay window (<c>Last-Event-ID</c>).</summary>
    public TimeSpan LiveRetention { get; set; } = TimeSpan.FromHours(24);

    /// <summary>How often the live-event purge runs (on one node), deleting in batches of <see cref="PurgeBatchSize"/>.</summary>
    public TimeSpan PurgeInterval { get; set; } = TimeSpan.FromMinutes(5);

    public int PurgeBatchSize { get; set; } = 5000;

    /// <summary>Health degrades when the oldest due message has waited longer than this.</summary>
    public TimeSpan HealthMaxPendingAge { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Health degrades when more dead letters than this arrived within the last hour.</summary>
    public int HealthMaxNewDeadLetters { get; set; } = 100;

    public void ForTesting()
    {
        RetryBackoff = TimeSpan.FromMilliseconds(20);
        ScheduledPollInterval = TimeSpan.FromMilliseconds(200);
        StaleNodeTimeout = TimeSpan.FromSeconds(10);
        HealthCheckInterval = TimeSpan.FromSeconds(1);
    }
}
