using OpsPlatform.Messaging.TestHost.Probe;

namespace OpsPlatform.Messaging.Tests.Health;

public sealed class BusHealthTests
{
    [Fact]
    public async Task Readiness_degrades_while_a_message_waits_too_long_and_recovers_once_it_is_delivered()
    {
        await using var bus = new BusFactory();
        bus.WithSetting("Bus:HealthMaxPendingAge", "00:00:00.300");
        await bus.InitializeAsync();
        (await ReadinessAsync(bus)).ShouldBe("Healthy");

        // A handler busy for 2 s keeps its message waiting (due, unhandled) well past the 0.3 s limit.
        await bus.PublishAsync(Pinged.New("slow", delayMs: 2000));

        await WaitForAsync(bus, "Degraded");
        await bus.SettleBusAsync();

        await WaitForAsync(bus, "Healthy");
    }

    [Fact]
    public async Task Readiness_degrades_while_the_relay_is_stuck_and_recovers_once_it_moves_again()
    {
        await using var bus = new BusFactory();
        await bus.InitializeAsync();
        await using var gate = await RelayGate.InstallAsync(bus, "stuck-%");
        await gate.CloseAsync();

        await bus.PublishAsync(Pinged.New("stuck-relay"));
        await gate.RelayWaitingAsync(TimeSpan.FromSeconds(10));
        await WaitForAsync(bus, "Degraded"); // only the relay is held: nothing else here would degrade it within 10 s
        await gate.OpenAsync();

        await bus.SettleBusAsync();
        await WaitForAsync(bus, "Healthy");
    }

    [Fact]
    public async Task Readiness_degrades_when_more_messages_are_dead_lettered_than_allowed()
    {
        await using var bus = new BusFactory();
        bus.WithSetting("Bus:HealthMaxNewDeadLetters", "0");
        await bus.InitializeAsync();
        (await ReadinessAsync(bus)).ShouldBe("Healthy");

        await bus.PublishAsync(Pinged.New("always-failing", failTimes: 99));
        await bus.SettleBusAsync();

        (await bus.CountAsync("SELECT count(*) FROM probe.dead_letters WHERE payload->>'key' = 'always-failing'")).ShouldBeGreaterThan(0);
        await WaitForAsync(bus, "Degraded");
    }

    private static async Task<string> ReadinessAsync(BusFactory bus) =>
        await (await bus.CreateClient().GetAsync("/health/ready")).Content.ReadAsStringAsync();

    private static async Task WaitForAsync(BusFactory bus, string status)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        string last;
        while ((last = await ReadinessAsync(bus)) != status)
        {
            watch.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(10), $"readiness stayed {last}, expected {status}");
            await Task.Delay(50);
        }
    }
}
