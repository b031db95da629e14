namespace OpsPlatform.Shared.Kernel.Messaging;

/// <summary>
/// What to do when a handler throws a matching exception (MESSAGING.md R23). Rules of the failing handler are tried
/// first, in registration order, then global ones (<see cref="Handler"/> null); when none matches, the bus retries up
/// to <see cref="BusOptions.MaxAttempts"/> with exponential backoff. Register with <c>services.AddBusFailureRule</c>.
/// </summary>
/// <param name="Delays">For <see cref="FailureAction.Retry"/>: the wait before attempt 2, 3, …; attempts beyond the list dead-letter.</param>
public sealed record FailureRule(Func<Exception, bool> Matches, FailureAction Action, IReadOnlyList<TimeSpan> Delays, Type? Handler = null)
{
    public static FailureRule RetryOn<TException>(params TimeSpan[] delays) where TException : Exception =>
        new(e => e is TException, FailureAction.Retry, delays);

    public static FailureRule DeadLetterOn<TException>() where TException : Exception =>
        new(e => e is TException, FailureAction.DeadLetter, []);

    public static FailureRule DiscardOn<TException>() where TException : Exception =>
        new(e => e is TException, FailureAction.Discard, []);

    /// <summary>The same rule, for one handler only.</summary>
    public FailureRule For<THandler>() => this with { Handler = typeof(THandler) };
}
