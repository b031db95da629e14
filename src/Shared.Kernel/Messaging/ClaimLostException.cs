namespace OpsPlatform.Shared.Kernel.Messaging;

/// <summary>The handled marker matched no row: another node took the claim over; the handler's transaction must roll back.</summary>
internal sealed class ClaimLostException() : Exception("The inbox claim was taken over by another node.");
