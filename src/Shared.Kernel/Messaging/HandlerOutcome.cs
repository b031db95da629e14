namespace OpsPlatform.Shared.Kernel.Messaging;

public enum HandlerOutcome
{
    Handled,
    Retrying,
    DeadLettered,
    Discarded,

    /// <summary>The claim's lease was taken over by another node before the handler started: nothing was done.</summary>
    LostClaim,
}
