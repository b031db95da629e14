using OpsPlatform.Messaging.TestHost.Probe;

namespace OpsPlatform.Messaging.Tests.Delivery;

public sealed class SettleTests
{
    [Fact]
    public async Task Settling_a_bus_that_cannot_deliver_fails_naming_what_is_pending()
    {
        await using var bus = new BusFactory();
        bus.WithSetting("Bus:Enabled", "false");
        await bus.InitializeAsync();

        await bus.PublishAsync(Pinged.New("stuck"));
        var error = await bus.SettleBusAsync(TimeSpan.FromMilliseconds(200)).ShouldThrowAsync<TimeoutException>();

        error.Message.ShouldContain("1 in probe.outbox (probe.pinged)");
    }
}
