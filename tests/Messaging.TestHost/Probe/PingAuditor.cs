using Wolverine;

namespace OpsPlatform.Messaging.TestHost.Probe;

/// <summary>A second handler of the same ping, on its own durable queue; throws while a fault is recorded for the key.</summary>
public sealed class PingAuditor : IWolverineHandler
{
    public static async Task Handle(Pinged message, Envelope envelope, ProbeSession db, ProbeNode node, CancellationToken cancellationToken)
    {
        if (await db.HasFaultAsync(message.Key, cancellationToken))
            throw new ProbeFailure($"{message.Key}: the auditor always fails on this one while its fault is recorded");
        db.Record(new Effect { MessageId = envelope.Id, Handler = nameof(PingAuditor), Key = message.Key, Node = node.Name, Attempt = envelope.Attempts });
        await db.SaveChangesAsync(cancellationToken);
    }
}
