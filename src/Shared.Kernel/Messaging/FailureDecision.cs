namespace OpsPlatform.Shared.Kernel.Messaging;

/// <summary>The outcome of a failed attempt: retry after <see cref="Delay"/>, dead-letter, or discard.</summary>
public readonly record struct FailureDecision(FailureAction Action, TimeSpan Delay);
