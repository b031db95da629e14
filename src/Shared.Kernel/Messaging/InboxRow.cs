namespace OpsPlatform.Shared.Kernel.Messaging;

/// <summary>A claimed inbox row: one message for one handler, held by this node under <see cref="LeaseToken"/>.</summary>
public sealed record InboxRow(
    string Schema,
    long Id,
    Guid MessageId,
    string Handler,
    string MessageType,
    int MessageVersion,
    string Payload,
    string SourceModule,
    Guid CorrelationId,
    Guid? CausationId,
    int Attempts,
    Guid LeaseToken);
