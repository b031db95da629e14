using OpsPlatform.Shared.Kernel.Messaging;

namespace OpsPlatform.Messaging.TestHost.Probe;

/// <summary>A second handler of the same ping, with its own inbox row; always throws when the ping says so.</summary>
public sealed class PingAuditor(ProbeDbContext db, BusNode node) : IIntegrationEventHandler<Pinged>
{
    public async Task Handle(Pinged message, MessageContext context, CancellationToken cancellationToken)
    {
        if (message.AuditorFails) throw new ProbeFailure($"{message.Key}: the auditor always fails on this one");
        db.Effects.Add(new Effect { MessageId = context.MessageId, Handler = nameof(PingAuditor), Key = message.Key, Node = node.NodeId, Attempt = context.Attempt });
        await db.SaveChangesAsync(cancellationToken);
    }
}
