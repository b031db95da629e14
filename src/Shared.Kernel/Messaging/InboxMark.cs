namespace OpsPlatform.Shared.Kernel.Messaging;

/// <summary>
/// The handled marker of a claimed inbox row, mapped in every module's DbContext so that it is saved in the same
/// batch as the handler's own changes (one round trip, not two). Its claim token and its null handled time are
/// concurrency tokens: the update matches only while this node still holds the claim (R15).
/// </summary>
internal sealed class InboxMark
{
    public long Id { get; init; }
    public Guid? LeaseToken { get; set; }
    public DateTimeOffset? HandledAt { get; set; }
    public string? LeaseNode { get; set; }
    public DateTimeOffset? LeaseUntil { get; set; }
}
