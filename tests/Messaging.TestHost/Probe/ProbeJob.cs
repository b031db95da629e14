using Microsoft.Extensions.Configuration;
using OpsPlatform.Shared.Kernel.Jobs;

namespace OpsPlatform.Messaging.TestHost.Probe;

/// <summary>A singleton job that records each run (its node, start and end); <c>Probe:JobDuration</c> makes it slow.</summary>
public sealed class ProbeJob(ProbeSession db, ProbeNode node, IConfiguration configuration) : ISingletonJob
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var started = DateTimeOffset.UtcNow;
        await Task.Delay(configuration.GetValue("Probe:JobDuration", TimeSpan.Zero), cancellationToken);
        db.Record(new JobRun { Node = node.Name, StartedAt = started, FinishedAt = DateTimeOffset.UtcNow });
        await db.SaveChangesAsync(cancellationToken);
    }
}
