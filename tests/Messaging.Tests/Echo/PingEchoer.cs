using OpsPlatform.Messaging.TestHost.Probe;
using OpsPlatform.Shared.Kernel.Messaging;

namespace OpsPlatform.Messaging.Tests.Echo;

/// <summary>Handles the probe's ping in the echo schema; with a key starting "touch-probe" it saves through the probe's DbContext (R19).</summary>
public sealed class PingEchoer(EchoDbContext db, ProbeDbContext probe, BusNode node) : IIntegrationEventHandler<Pinged>
{
    public async Task Handle(Pinged message, MessageContext context, CancellationToken cancellationToken)
    {
        if (message.Key.StartsWith("touch-probe", StringComparison.Ordinal))
        {
            probe.Effects.Add(new Effect { MessageId = context.MessageId, Handler = nameof(PingEchoer), Key = message.Key, Node = node.NodeId, Attempt = context.Attempt });
            await probe.SaveChangesAsync(cancellationToken);
        }
        db.Effects.Add(new Effect { MessageId = context.MessageId, Handler = nameof(PingEchoer), Key = message.Key, Node = node.NodeId, Attempt = context.Attempt });
        await db.SaveChangesAsync(cancellationToken);
    }
}
