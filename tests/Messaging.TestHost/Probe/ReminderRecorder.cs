using Wolverine;

namespace OpsPlatform.Messaging.TestHost.Probe;

public sealed class ReminderRecorder : IWolverineHandler
{
    public static Task Handle(ReminderDue message, Envelope envelope, ProbeSession db, ProbeNode node, CancellationToken cancellationToken)
    {
        db.Record(new Effect { MessageId = envelope.Id, Handler = nameof(ReminderRecorder), Key = message.Key, Node = node.Name, Attempt = envelope.Attempts });
        return db.SaveChangesAsync(cancellationToken);
    }
}
