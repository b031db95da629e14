using OpsPlatform.Messaging.Tests.Probes;

namespace OpsPlatform.Messaging.Tests.Jobs;

/// <summary>
/// R37: a singleton job runs on one node at a time (no two recorded runs overlap, on one node or across the two), and
/// when the process running it is killed, the survivor takes the job over.
/// </summary>
public sealed class SingletonJobTests
{
    private static readonly string[] JobSettings = ["--Probe:JobInterval=00:00:00.500", "--Probe:JobDuration=00:00:00.200"];

    [Fact]
    public async Task Two_processes_run_a_singleton_job_one_at_a_time_and_the_survivor_takes_it_over_when_the_other_is_killed()
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
        (await ProbeDatabase.CountAsync(database, """
            SELECT count(*) FROM probe.job_runs x JOIN probe.job_runs y
              ON x.id < y.id AND x.started_at < y.finished_at AND y.started_at < x.finished_at
            """)).ShouldBe(0, "two runs overlapped");
    }
}
