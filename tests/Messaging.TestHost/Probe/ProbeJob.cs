using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using OpsPlatform.Shared.Kernel.Jobs;
using OpsPlatform.Shared.Kernel.Messaging;

namespace OpsPlatform.Messaging.TestHost.Probe;

/// <summary>
/// A singleton job that records each run: its node, its start as the runner stamped it in <c>bus.singleton_jobs</c>
/// (database clock), and its end; <c>Probe:JobDuration</c> makes it slow.
/// </summary>
public sealed class ProbeJob(ProbeDbContext db, BusNode node, IConfiguration configuration) : ISingletonJob
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var started = await db.Database.SqlQueryRaw<DateTimeOffset>("SELECT last_run_at AS \"Value\" FROM bus.singleton_jobs WHERE job = 'ProbeJob'")
            .SingleAsync(cancellationToken);
        await Task.Delay(configuration.GetValue("Probe:JobDuration", TimeSpan.Zero), cancellationToken);
        db.JobRuns.Add(new JobRun { Node = node.NodeId, StartedAt = started, FinishedAt = DateTimeOffset.UtcNow });
        await db.SaveChangesAsync(cancellationToken);
    }
}
