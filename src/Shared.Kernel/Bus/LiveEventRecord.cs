using System.Text.Json;

namespace OpsPlatform.Shared.Kernel.Bus;

/// <summary>
/// An integration event as the live stream reads it: written to the publishing module's <c>live_events</c> in the same
/// transaction as its state change, kept for <see cref="BusOptions.LiveRetention"/>. Nothing but <c>/api/live</c> reads it.
/// </summary>
public sealed class LiveEventRecord
{
    private LiveEventRecord() { }

    public Guid Id { get; private init; }
    public string MessageType { get; private init; } = "";
    public int MessageVersion { get; private init; }
    public string Payload { get; private init; } = "";
    public string SourceModule { get; private init; } = "";
    public DateTimeOffset OccurredAt { get; private init; }
    public DateTimeOffset RecordedAt { get; private init; }

    /// <summary>Who besides admins and managers may see it on the live stream (<see cref="IVisibleToUsers"/>); null = managers only.</summary>
    public Guid[]? VisibleTo { get; private init; }

    /// <summary>Only <see cref="VisibleTo"/> sees it, managers included (<see cref="IPersonalEvent"/>).</summary>
    public bool Personal { get; private init; }

    public static LiveEventRecord From(IIntegrationEvent message, string sourceModule, DateTimeOffset recordedAt)
    {
        var wire = IntegrationEventAttribute.Of(message.GetType());
        return new LiveEventRecord
        {
            Id = message.EventId,
            MessageType = wire.Name,
            MessageVersion = wire.Version,
            Payload = JsonSerializer.Serialize(message, message.GetType(), MessageJson.Options),
            SourceModule = sourceModule,
            OccurredAt = message.OccurredAt,
            RecordedAt = recordedAt,
            VisibleTo = (message as IVisibleToUsers)?.VisibleToUserIds.ToArray(),
            Personal = message is IPersonalEvent,
        };
    }
}
