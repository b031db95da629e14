using Microsoft.Extensions.Options;

namespace OpsPlatform.Shared.Kernel.Messaging;

/// <summary>Decides retry, dead letter or discard for a failed attempt from the registered rules and the options.</summary>
public sealed class FailurePolicy(IEnumerable<FailureRule> rules, IOptions<BusOptions> options)
{
    private readonly FailureRule[] _rules = rules.ToArray();

    /// <param name="attempt">The attempt that failed, 1-based (it was counted when the row was claimed).</param>
    public FailureDecision Decide(Type handler, Exception exception, int attempt)
    {
        var rule = _rules.FirstOrDefault(r => r.Handler == handler && r.Matches(exception))
                   ?? _rules.FirstOrDefault(r => r.Handler is null && r.Matches(exception));
        if (rule is not null)
        {
            return rule.Action switch
            {
                FailureAction.Retry when attempt <= rule.Delays.Count => new FailureDecision(FailureAction.Retry, rule.Delays[attempt - 1]),
                FailureAction.Retry => new FailureDecision(FailureAction.DeadLetter, TimeSpan.Zero),
                _ => new FailureDecision(rule.Action, TimeSpan.Zero),
            };
        }

        var settings = options.Value;
        if (attempt >= settings.MaxAttempts) return new FailureDecision(FailureAction.DeadLetter, TimeSpan.Zero);
        var backoff = settings.RetryBackoff * Math.Pow(2, attempt - 1);
        var jitter = settings.RetryBackoff * (Random.Shared.NextDouble() / 2);
        return new FailureDecision(FailureAction.Retry, backoff + jitter);
    }
}
