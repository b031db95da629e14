namespace OpsPlatform.Shared.Kernel.Bus;

/// <summary>Unsettled bus work of one kind: envelopes of one status waiting at one handler's queue.</summary>
public sealed record PendingWork(string Queue, string Status, long Count)
{
    public override string ToString() => $"{Count} {Status} at {Queue}";
}
