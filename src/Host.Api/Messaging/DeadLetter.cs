using Wolverine.Persistence.Durability;

namespace OpsPlatform.Host.Api.Messaging;

/// <summary>A message one handler gave up on (MESSAGING.md R25): its handler's queue and the last failure.</summary>
internal sealed record DeadLetter(
    Guid Id,
    string MessageType,
    string Queue,
    string? Source,
    string ExceptionType,
    string ExceptionMessage,
    int Attempts,
    DateTimeOffset SentAt,
    bool Replayable)
{
    public static DeadLetter From(DeadLetterEnvelope dead) => new(dead.Id, dead.MessageType, dead.ReceivedAt, dead.Source, dead.ExceptionType,
        dead.ExceptionMessage, dead.Envelope.Attempts, dead.SentAt, dead.Replayable);
}
