using System.Diagnostics;
using OpsPlatform.Messaging.TestHost.Probe;

namespace OpsPlatform.Messaging.Tests.Delivery;

public sealed class PollingTests
{
    [Fact]
    public async Task Without_nudges_three_separate_commits_are_all_handled_within_two_poll_intervals_and_a_second()
    {
        await using var bus = new BusFactory();
        bus.WithSetting("Bus:Nudge", "false").WithSetting("Bus:PollInterval", "00:00:00.500");
        await bus.InitializeAsync();

        await bus.InProbeAsync(db => db.Publish(Pinged.New("polled-1")));
        await bus.InProbeAsync(db => db.Publish(Pinged.New("polled-2")));
        await bus.InProbeAsync(db => db.Publish(Pinged.New("polled-3")));
        var watch = Stopwatch.StartNew();
        while (await bus.CountAsync("SELECT count(*) FROM probe.effects WHERE key LIKE 'polled-%' AND handler = 'PingRecorder'") < 3)
        {
            watch.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(2), "three commits should go out within 2 poll intervals + 1 s without any NOTIFY");
            await Task.Delay(20);
        }
    }
}
