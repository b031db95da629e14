using Microsoft.EntityFrameworkCore;
using OpsPlatform.Shared.Kernel.Messaging;

namespace OpsPlatform.Messaging.TestHost.Probe;

/// <summary>A second handler of the same ping, with its own inbox row; throws while a fault is recorded for the key.</summary>
public sealed class PingAuditor(ProbeDbContext db, BusNode node) : IIntegrationEventHandler<Pinged>
{
    public async Task Handle(Pinged message, MessageContext context, CancellationToken cancellationToken)
    {
        if (await db.Faults.AnyAsync(f => f.Key == message.Key, cancellationToken))
            throw new ProbeFailure($"{message.Key}: the auditor always fails on this one while its fault is recorded");
        db.Effects.Add(new Effect { MessageId = context.MessageId, Handler = nameof(PingAuditor), Key = message.Key, Node = node.NodeId, Attempt = context.Attempt });
        await db.SaveChangesAsync(cancellationToken);
    }
}
