namespace OpsPlatform.Shared.Kernel.Messaging;

/// <summary>Unsettled bus work of one kind: unrelayed outbox rows of a type, or due/retrying inbox rows of a handler.</summary>
public sealed record PendingWork(string Schema, string Table, string Name, long Count)
{
    public override string ToString() => $"{Count} in {Schema}.{Table} ({Name})";
}
