namespace OpsPlatform.Host.Api.Messaging.ReplayDeadLetters;

/// <summary>Replays every dead letter matching all the given criteria (at least one is required).</summary>
internal sealed record ReplayDeadLettersRequest(
    string? Queue,
    string? MessageType,
    string? ExceptionType,
    DateTimeOffset? From,
    DateTimeOffset? To);
