using Microsoft.Extensions.DependencyInjection;
using OpsPlatform.Messaging.TestHost.Probe;
using OpsPlatform.Shared.Kernel.Jobs;

namespace OpsPlatform.Messaging.Tests.Jobs;

public sealed class SingletonJobTests
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(300);

    private static BusFactory HostWithJob(string? database = null)
    {
        var host = new BusFactory();
        host.WithSetting("Probe:JobDuration", "00:00:00.100");
        host.WithServices(services => services.AddSingletonJob<ProbeJob>(Interval));
        if (database is not null) host.UseDatabase(database);
        return host;
    }

    [Fact]
    public async Task Two_hosts_run_a_singleton_job_one_at_a_time_at_most_once_per_interval_and_the_survivor_takes_over()
    {
        var a = HostWithJob();
        await a.InitializeAsync();
        await using var b = HostWithJob(a.ConnectionString);
        await b.InitializeAsync();

        await WaitUntilAsync(a, "SELECT count(*) FROM probe.job_runs", 4);
        await a.DisposeAsync();
        var before = await b.CountAsync("SELECT count(*) FROM probe.job_runs");
        await WaitUntilAsync(b, "SELECT count(*) FROM probe.job_runs", before + 3);

        // No two runs overlap, and consecutive starts (the runner's stamps, database clock) are at least one interval apart.
        (await b.CountAsync("""
            SELECT count(*) FROM (
                SELECT started_at, finished_at, lag(finished_at) OVER (ORDER BY started_at) AS previous_finish,
                       lag(started_at) OVER (ORDER BY started_at) AS previous_start
                FROM probe.job_runs) runs
            WHERE started_at < previous_finish OR started_at - previous_start < interval '300 milliseconds'
            """)).ShouldBe(0);
        (await b.CountAsync("SELECT count(DISTINCT node) FROM probe.job_runs")).ShouldBeGreaterThanOrEqualTo(1);
        (await b.CountAsync("SELECT count(*) FROM probe.job_runs WHERE node = $1", b.Services.GetRequiredService<OpsPlatform.Shared.Kernel.Messaging.BusNode>().NodeId))
            .ShouldBeGreaterThanOrEqualTo(3);
    }

    private static async Task WaitUntilAsync(BusFactory host, string countSql, long atLeast)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        while (await host.CountAsync(countSql) < atLeast)
        {
            watch.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(20), $"waiting for {atLeast} from: {countSql}");
            await Task.Delay(50);
        }
    }
}
