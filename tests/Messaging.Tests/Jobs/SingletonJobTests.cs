using OpsPlatform.Messaging.Tests.Probes;

namespace OpsPlatform.Messaging.Tests.Jobs;

/// <summary>
/// R37, the part that holds: when the process running a singleton job is killed, the survivor takes the job over.
/// Not asserted, because it does not hold on this kernel: "one at a time". Runs overlapped on one node (01:20.204-.404
/// and 01:20.339-.538) and across nodes (B 02:27.116-.350 while A ran 02:27.183-.387); see docs/messaging-requirements.md.
/// </summary>
public sealed class SingletonJobTests
{
    private static readonly string[] JobSettings = ["--Probe:JobInterval=00:00:00.500", "--Probe:JobDuration=00:00:00.200"];

    [Fact]
    public async Task The_survivor_of_two_processes_takes_the_singleton_job_over_when_the_other_is_killed()
    {
        var database = await ProbeDatabase.CreateAsync(nameof(SingletonJobTests));
        await using var a = await ProbeProcess.StartAsync(database, JobSettings);
        await using var b = await ProbeProcess.StartAsync(database, JobSettings);
        await ProbeDatabase.WaitUntilAsync(database, "SELECT count(*) FROM probe.job_runs", 4, TimeSpan.FromSeconds(30), () => a.Output + "\n---\n" + b.Output);

        await a.KillAsync();
        var before = await ProbeDatabase.CountAsync(database, "SELECT count(*) FROM probe.job_runs WHERE node = $1", b.Node);
        // If A held the pending occurrence, B gets it once A's node is stale (Bus:StaleNodeTimeout, 10 s in Testing).
        await ProbeDatabase.WaitUntilAsync(database, $"SELECT count(*) FROM probe.job_runs WHERE node = '{b.Node}'", before + 3, TimeSpan.FromSeconds(60), () => b.Output);

        b.HasExited.ShouldBeFalse(b.Output);
    }
}
