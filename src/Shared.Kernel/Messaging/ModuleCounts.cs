namespace OpsPlatform.Shared.Kernel.Messaging;

/// <summary>One module's outbox (unrelayed, unrouted) and the counts of each of its handlers.</summary>
public sealed record ModuleCounts(string Module, long Unrelayed, long Unrouted, double? OldestUnrelayedSeconds, IReadOnlyList<HandlerCounts> Handlers);
