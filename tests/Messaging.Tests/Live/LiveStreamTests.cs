using System.Diagnostics;
using System.Net;
using OpsPlatform.Messaging.TestHost.Probe;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Messaging.Tests.Live;

public sealed class LiveStreamTests(BusFactory bus) : IClassFixture<BusFactory>
{
    private const string ProbeOnly = "/api/live?module=probe";

    [Fact]
    public async Task A_technician_receives_the_events_naming_them_and_not_another_technicians()
    {
        var mine = await bus.SignInAsNewUserAsync(Roles.Technician);
        var other = await bus.SignInAsNewUserAsync(Roles.Technician);
        await using var stream = await SseClient.ConnectAsync(mine.Http, ProbeOnly);

        await bus.PublishAsync(Pinged.New("for-the-other", visibleTo: [other.UserId]));
        await bus.PublishAsync(Unheard.New());
        await bus.PublishAsync(Pinged.New("for-me", visibleTo: [mine.UserId]));

        var first = await stream.NextAsync();
        first.Key().ShouldBe("for-me");
        first.Type.ShouldBe("probe.pinged");
        first.Data.GetProperty("module").GetString().ShouldBe("probe");
    }

    [Fact]
    public async Task A_manager_receives_every_event_including_those_naming_no_one()
    {
        var manager = await bus.SignInAsNewUserAsync(Roles.Manager);
        await using var stream = await SseClient.ConnectAsync(manager.Http, ProbeOnly);

        await bus.PublishAsync(Pinged.New("someone-elses", visibleTo: [Guid.NewGuid()]));
        await bus.PublishAsync(Unheard.New());

        (await stream.NextAsync()).Key().ShouldBe("someone-elses");
        (await stream.NextAsync()).Type.ShouldBe("probe.unheard");
    }

    [Fact]
    public async Task Filtering_by_type_streams_only_that_type()
    {
        var manager = await bus.SignInAsNewUserAsync(Roles.Manager);
        await using var stream = await SseClient.ConnectAsync(manager.Http, "/api/live?module=probe&type=probe.unheard");

        await bus.PublishAsync(Pinged.New("filtered-out"));
        var unheard = Unheard.New();
        await bus.PublishAsync(unheard);

        var first = await stream.NextAsync();
        first.Type.ShouldBe("probe.unheard");
        first.Data.GetProperty("payload").GetProperty("eventId").GetGuid().ShouldBe(unheard.EventId);
    }

    [Fact]
    public async Task Reconnecting_with_Last_Event_ID_replays_what_was_missed_in_order()
    {
        var manager = await bus.SignInAsNewUserAsync(Roles.Manager);
        string lastSeen;
        await using (var stream = await SseClient.ConnectAsync(manager.Http, "/api/live?module=probe&type=probe.pinged"))
        {
            await bus.PublishAsync(Pinged.New("seen"));
            var seen = await stream.NextAsync();
            seen.Key().ShouldBe("seen");
            lastSeen = seen.Id;
        }

        await bus.PublishAsync(Pinged.New("missed-1"));
        await bus.PublishAsync(Pinged.New("missed-2"));
        await using var resumed = await SseClient.ConnectAsync(manager.Http, "/api/live?module=probe&type=probe.pinged", lastSeen);

        (await resumed.NextAsync()).Key().ShouldBe("missed-1");
        (await resumed.NextAsync()).Key().ShouldBe("missed-2");
        await bus.PublishAsync(Pinged.New("live-again"));
        (await resumed.NextAsync()).Key().ShouldBe("live-again");
    }

    [Fact]
    public async Task A_client_on_another_host_receives_a_change_committed_through_this_one_within_a_second()
    {
        await using var other = new BusFactory();
        other.UseDatabase(bus.ConnectionString);
        await other.InitializeAsync();
        var manager = await other.SignInAsNewUserAsync(Roles.Manager);
        await using var stream = await SseClient.ConnectAsync(manager.Http, "/api/live?module=probe&type=probe.pinged");

        var watch = Stopwatch.StartNew();
        await bus.PublishAsync(Pinged.New("cross-host"));
        var received = await stream.NextAsync(TimeSpan.FromSeconds(5));
        watch.Stop();

        received.Key().ShouldBe("cross-host");
        watch.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task Bad_filters_and_cursors_are_refused_and_anonymous_callers_challenged()
    {
        var manager = await bus.SignInAsNewUserAsync(Roles.Manager);

        await (await manager.Http.GetAsync("/api/live?module=nowhere")).ShouldBeProblem(HttpStatusCode.BadRequest, "module");
        await (await manager.Http.GetAsync("/api/live?lastEventId=garbage")).ShouldBeProblem(HttpStatusCode.BadRequest, "lastEventId");
        (await bus.CreateClient().GetAsync("/api/live")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }
}
