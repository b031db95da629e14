namespace OpsPlatform.Shared.Kernel.Messaging;

/// <summary>Which dead letters to list or replay; every criterion given must match (null = any).</summary>
public sealed record DeadLetterFilter(
    string? Module = null,
    string? Handler = null,
    string? MessageType = null,
    string? ExceptionType = null,
    DateTimeOffset? From = null,
    DateTimeOffset? To = null);
