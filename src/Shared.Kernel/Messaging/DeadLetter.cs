namespace OpsPlatform.Shared.Kernel.Messaging;

/// <summary>A message one handler gave up on, with why (MESSAGING.md R25).</summary>
public sealed record DeadLetter(
    string Module,
    long Id,
    Guid MessageId,
    string Handler,
    string MessageType,
    int MessageVersion,
    string SourceModule,
    Guid CorrelationId,
    Guid? CausationId,
    string Reason,
    string? ExceptionType,
    string? ExceptionMessage,
    int Attempts,
    DateTimeOffset FirstFailedAt,
    DateTimeOffset LastFailedAt,
    DateTimeOffset DeadLetteredAt);
