namespace OpsPlatform.Shared.Kernel.Persistence;

/// <summary>
/// A module's unit of work as the recurring jobs use it: its schema keeps the business keys of its scheduled messages
/// (<c>scheduled_keys</c>), and each call below is one transaction that holds the key's row lock until its commit.
/// </summary>
public interface IScheduleOwner
{
    string Schema { get; }

    /// <summary>Schedules <paramref name="message"/> under <paramref name="key"/> unless an envelope of the key is still waiting or running.</summary>
    Task<bool> ScheduleUnlessPendingAsync(string key, object message, DateTimeOffset dueAt, CancellationToken cancellationToken);

    /// <summary>
    /// When <paramref name="envelopeId"/> is still the key's current envelope, schedules <paramref name="next"/> in its
    /// place and answers true; a stale occurrence (replaced by a later schedule) answers false and changes nothing.
    /// </summary>
    Task<bool> ScheduleNextIfCurrentAsync(string key, Guid envelopeId, object next, DateTimeOffset dueAt, CancellationToken cancellationToken);
}
