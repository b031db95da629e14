using OpsPlatform.Shared.Kernel.Messaging;

namespace OpsPlatform.Messaging.TestHost.Probe;

/// <summary>Records each ping; fails its first attempts, works slowly or cascades as the ping says.</summary>
public sealed class PingRecorder(ProbeDbContext db, BusNode node) : IIntegrationEventHandler<Pinged>
{
    public async Task Handle(Pinged message, MessageContext context, CancellationToken cancellationToken)
    {
        if (context.Attempt <= message.FailTimes) throw new ProbeFailure($"{message.Key}: failing attempt {context.Attempt} of {message.FailTimes} on purpose");
        if (message.DelayMs > 0) await Task.Delay(message.DelayMs, cancellationToken);
        db.Effects.Add(new Effect { MessageId = context.MessageId, Handler = nameof(PingRecorder), Key = message.Key, Node = node.NodeId, Attempt = context.Attempt });
        if (message.Cascade > 0)
            db.Publish(Pinged.New($"{message.Key.Split('/')[0]}/{message.Cascade - 1}", cascade: message.Cascade - 1, visibleTo: message.VisibleTo));
        await db.SaveChangesAsync(cancellationToken);
    }
}
