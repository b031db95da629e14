using Microsoft.Extensions.Configuration;
using OpsPlatform.Shared.Kernel.Jobs;
using OpsPlatform.Shared.Kernel.Messaging;

namespace OpsPlatform.Messaging.TestHost.Probe;

/// <summary>A singleton job that records each run (node, start, end); <c>Probe:JobDuration</c> makes it slow.</summary>
public sealed class ProbeJob(ProbeDbContext db, BusNode node, IConfiguration configuration) : ISingletonJob
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var started = DateTimeOffset.UtcNow;
        await Task.Delay(configuration.GetValue("Probe:JobDuration", TimeSpan.Zero), cancellationToken);
        db.JobRuns.Add(new JobRun { Node = node.NodeId, StartedAt = started, FinishedAt = DateTimeOffset.UtcNow });
        await db.SaveChangesAsync(cancellationToken);
    }
}
