using System.Text.Json;

namespace OpsPlatform.Shared.Kernel.Messaging;

/// <summary>An integration event recorded in the publishing module's schema, in the same transaction as its state change.</summary>
public sealed class OutboxMessage
{
    private OutboxMessage() { }

    public Guid Id { get; private init; }
    public string MessageType { get; private init; } = "";
    public int MessageVersion { get; private init; }
    public string Payload { get; private init; } = "";
    public string SourceModule { get; private init; } = "";
    public Guid CorrelationId { get; private init; }
    public Guid? CausationId { get; private init; }
    public DateTimeOffset OccurredAt { get; private init; }
    public DateTimeOffset RecordedAt { get; private init; }

    /// <summary>Who besides admins and managers may see it on the live stream (<see cref="IVisibleToUsers"/>); null = managers only.</summary>
    public Guid[]? VisibleTo { get; private init; }

    public static OutboxMessage From(IIntegrationEvent message, string sourceModule, DateTimeOffset recordedAt, Guid? correlationId = null, Guid? causationId = null)
    {
        var wire = IntegrationEventAttribute.Of(message.GetType());
        return new OutboxMessage
        {
            Id = message.EventId,
            MessageType = wire.Name,
            MessageVersion = wire.Version,
            Payload = JsonSerializer.Serialize(message, message.GetType(), MessageJson.Options),
            SourceModule = sourceModule,
            CorrelationId = correlationId ?? message.EventId,
            CausationId = causationId,
            OccurredAt = message.OccurredAt,
            RecordedAt = recordedAt,
            VisibleTo = (message as IVisibleToUsers)?.VisibleToUserIds.ToArray(),
        };
    }
}
