namespace OpsPlatform.Shared.Kernel.Messaging;

/// <summary>
/// The bus's timings (configuration section <c>Bus</c>, e.g. <c>Bus:PollInterval=00:00:01</c>). The Testing
/// environment starts from <see cref="ForTesting"/> (fast polling, short backoff), which configuration still overrides.
/// </summary>
public sealed class BusOptions
{
    /// <summary>False: this node neither relays nor handles (publishing and scheduling still work).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How often the relay and the handler loop look at the tables when no NOTIFY nudge arrives.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>LISTEN for commit nudges; off, delivery relies on polling alone.</summary>
    public bool Nudge { get; set; } = true;

    /// <summary>How long a claim is exclusive; renewed while this node holds it, claimable by others after.</summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan HeartbeatInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Handlers running at once on this node.</summary>
    public int MaxConcurrency { get; set; } = 16;

    /// <summary>
    /// Claimed rows of one handler and message type run in one transaction, up to this many (one commit for all;
    /// when any of them fails, each runs again on its own). 1 = a transaction per message.
    /// </summary>
    public int HandlerBatchSize { get; set; } = 8;

    /// <summary>Outbox rows relayed per publisher schema in one statement.</summary>
    public int RelayBatchSize { get; set; } = 500;

    /// <summary>Attempts (the first included) before a failing message is dead-lettered, unless a rule says otherwise.</summary>
    public int MaxAttempts { get; set; } = 3;

    /// <summary>The first retry waits at least this; each further one twice as long, plus up to half of it as jitter.</summary>
    public TimeSpan RetryBackoff { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>On stop: how long in-flight handlers may finish before they are cancelled and their claims released.</summary>
    public TimeSpan DrainTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Relayed outbox rows are kept this long: the live stream's replay window (<c>Last-Event-ID</c>).</summary>
    public TimeSpan OutboxRetention { get; set; } = TimeSpan.FromHours(24);

    /// <summary>Handled inbox rows (the dedupe markers) are kept this long before the purge job removes them.</summary>
    public TimeSpan HandledRetention { get; set; } = TimeSpan.FromDays(7);

    /// <summary>How often the purge job runs (on one node), deleting in batches of <see cref="PurgeBatchSize"/>.</summary>
    public TimeSpan PurgeInterval { get; set; } = TimeSpan.FromMinutes(5);

    public int PurgeBatchSize { get; set; } = 5000;

    /// <summary>How often each node checks whether a singleton job is due (the job's own interval is the upper bound).</summary>
    public TimeSpan JobPollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Health degrades when the oldest due message has waited longer than this.</summary>
    public TimeSpan HealthMaxPendingAge { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Health degrades when more dead letters than this arrived within the last hour.</summary>
    public int HealthMaxNewDeadLetters { get; set; } = 100;

    public void ForTesting()
    {
        PollInterval = TimeSpan.FromMilliseconds(100);
        LeaseDuration = TimeSpan.FromSeconds(10);
        HeartbeatInterval = TimeSpan.FromSeconds(1);
        RetryBackoff = TimeSpan.FromMilliseconds(20);
        DrainTimeout = TimeSpan.FromSeconds(5);
        JobPollInterval = TimeSpan.FromMilliseconds(100);
        MaxConcurrency = 4;
    }
}
