using System.Text.Json;

namespace OpsPlatform.Admin.Modules.Administration.Api;

/// <summary>A message one handler gave up on: its handler's queue and the last failure.</summary>
public sealed record DeadLetter(
    Guid Id,
    string MessageType,
    string Queue,
    string? Source,
    string ExceptionType,
    string ExceptionMessage,
    int Attempts,
    DateTimeOffset SentAt,
    bool Replayable);

public sealed record DeadLetterDetails(DeadLetter DeadLetter, JsonElement Payload);

public sealed record ReplayResult(int Replayed);

public sealed record BusCounts(long Pending, long Scheduled, long Retrying, long Owned, long DeadLettered);
