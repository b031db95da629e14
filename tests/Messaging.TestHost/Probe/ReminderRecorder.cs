using Wolverine;

namespace OpsPlatform.Messaging.TestHost.Probe;

public sealed class ReminderRecorder : IWolverineHandler
{
    public static void Handle(ReminderDue message, Envelope envelope, ProbeDbContext db, ProbeNode node) =>
        db.Effects.Add(new Effect { MessageId = envelope.Id, Handler = nameof(ReminderRecorder), Key = message.Key, Node = node.Name, Attempt = envelope.Attempts });
}
