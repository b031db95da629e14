using Wolverine;

namespace OpsPlatform.Messaging.TestHost.Probe;

/// <summary>
/// Records each ping in the probe's unit of work (the envelope's handled mark commits with it); fails its first
/// attempts, works slowly or cascades as the ping says.
/// </summary>
public sealed class PingRecorder : IWolverineHandler
{
    public static async Task Handle(Pinged message, Envelope envelope, ProbeSession db, ProbeNode node, CancellationToken cancellationToken)
    {
        if (envelope.Attempts <= message.FailTimes)
            throw new ProbeFailure($"{message.Key}: failing attempt {envelope.Attempts} of {message.FailTimes} on purpose");
        if (message.DelayMs > 0) await Task.Delay(message.DelayMs, cancellationToken);
        db.Record(new Effect { MessageId = envelope.Id, Handler = nameof(PingRecorder), Key = message.Key, Node = node.Name, Attempt = envelope.Attempts });
        if (message.Cascade > 0)
            db.Publish(Pinged.New($"{message.Key.Split('/')[0]}/{message.Cascade - 1}", cascade: message.Cascade - 1));
        await db.SaveChangesAsync(cancellationToken);
    }
}
