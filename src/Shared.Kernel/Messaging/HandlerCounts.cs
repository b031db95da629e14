namespace OpsPlatform.Shared.Kernel.Messaging;

/// <summary>The state of one handler's inbox rows (MESSAGING.md R40).</summary>
public sealed record HandlerCounts(
    string Module,
    string Handler,
    long Pending,
    long Scheduled,
    long InFlight,
    long Retrying,
    long DeadLettered,
    double? OldestPendingSeconds,
    long HandledLastMinute);
