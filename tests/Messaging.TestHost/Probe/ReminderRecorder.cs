using OpsPlatform.Shared.Kernel.Messaging;

namespace OpsPlatform.Messaging.TestHost.Probe;

public sealed class ReminderRecorder(ProbeDbContext db, BusNode node) : IIntegrationEventHandler<ReminderDue>
{
    public async Task Handle(ReminderDue message, MessageContext context, CancellationToken cancellationToken)
    {
        db.Effects.Add(new Effect { MessageId = context.MessageId, Handler = nameof(ReminderRecorder), Key = message.Key, Node = node.NodeId, Attempt = context.Attempt });
        await db.SaveChangesAsync(cancellationToken);
    }
}
