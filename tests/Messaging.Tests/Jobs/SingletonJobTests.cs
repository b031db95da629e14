using OpsPlatform.Messaging.Tests.Probes;

namespace OpsPlatform.Messaging.Tests.Jobs;

/// <summary>
/// R37: a singleton job on two processes never runs on both at once, and when one dies the survivor takes over.
/// Not asserted: that runs on ONE node never overlap. They do (seen in 2 of 3 runs: a second SingletonJobDue
/// occurrence ran on the survivor while the first was still running, e.g. 01:20.204-01:20.404 and 01:20.339-01:20.538);
/// a kernel gap, see docs/messaging-requirements.md.
/// </summary>
public sealed class SingletonJobTests
{
    private static readonly string[] JobSettings = ["--Probe:JobInterval=00:00:00.500", "--Probe:JobDuration=00:00:00.200"];

    [Fact]
    public async Task Two_processes_never_run_the_job_at_the_same_time_and_the_survivor_takes_over_when_the_other_is_killed()
    {
        var database = await ProbeDatabase.CreateAsync(nameof(SingletonJobTests));
        await using var a = await ProbeProcess.StartAsync(database, JobSettings);
        await using var b = await ProbeProcess.StartAsync(database, JobSettings);
        await ProbeDatabase.WaitUntilAsync(database, "SELECT count(*) FROM probe.job_runs", 4, TimeSpan.FromSeconds(30), () => a.Output + "\n---\n" + b.Output);

        await a.KillAsync();
        var before = await ProbeDatabase.CountAsync(database, "SELECT count(*) FROM probe.job_runs WHERE node = $1", b.Node);
        // If A held the pending occurrence, B gets it once A's node is stale (Bus:StaleNodeTimeout, 10 s in Testing).
        await ProbeDatabase.WaitUntilAsync(database, $"SELECT count(*) FROM probe.job_runs WHERE node = '{b.Node}'", before + 3, TimeSpan.FromSeconds(60), () => b.Output);

        var runs = await ProbeDatabase.ScalarTextAsync(database,
            "SELECT string_agg(node || ' ' || to_char(started_at, 'MI:SS.MS') || '-' || to_char(finished_at, 'MI:SS.MS'), E'\\n' ORDER BY started_at) FROM probe.job_runs");
        // No run on one node overlaps a run on the other.
        (await ProbeDatabase.CountAsync(database, """
            SELECT count(*) FROM probe.job_runs r1 JOIN probe.job_runs r2
              ON r1.node < r2.node AND r1.started_at < r2.finished_at AND r2.started_at < r1.finished_at
            """)).ShouldBe(0, runs);
        (await ProbeDatabase.CountAsync(database, "SELECT count(DISTINCT node) FROM probe.job_runs")).ShouldBe(2, runs);
        b.HasExited.ShouldBeFalse(b.Output);
    }
}
