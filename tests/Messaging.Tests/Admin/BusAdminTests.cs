using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OpsPlatform.Messaging.TestHost.Probe;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Messaging.Tests.Admin;

public sealed class BusAdminTests(BusFactory bus) : IClassFixture<BusFactory>
{
    [Theory]
    [InlineData("GET", "/api/admin/bus/counts")]
    [InlineData("GET", "/api/admin/bus/dead-letters")]
    [InlineData("GET", "/api/admin/bus/dead-letters/probe/1")]
    [InlineData("POST", "/api/admin/bus/dead-letters/probe/1/replay")]
    [InlineData("POST", "/api/admin/bus/dead-letters/replay")]
    public async Task Managers_are_refused_and_anonymous_callers_challenged(string method, string path)
    {
        var manager = await bus.SignInAsNewUserAsync(Roles.Manager);

        (await manager.Http.SendAsync(Request(method, path))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await bus.CreateClient().SendAsync(Request(method, path))).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_dead_letter_replayed_after_its_cause_is_fixed_is_handled_once_and_replaying_it_again_finds_nothing()
    {
        var admin = await bus.SignInAsNewUserAsync(Roles.Admin);
        await bus.ScalarAsync<int>("INSERT INTO probe.faults VALUES ('replay-me')");
        var ping = Pinged.New("replay-me");
        await bus.PublishAsync(ping);
        await bus.SettleBusAsync();
        var listed = await (await admin.Http.GetAsync("/api/admin/bus/dead-letters?module=probe&messageType=probe.pinged&handler=PingAuditor&sort=-deadLetteredAt"))
            .ShouldHaveStatus(HttpStatusCode.OK);
        var deadLetter = listed.GetProperty("items").EnumerateArray().Single(d => d.GetProperty("messageId").GetGuid() == ping.EventId);
        var id = deadLetter.GetProperty("id").GetInt64();
        var inboxId = await bus.ScalarAsync<long>("SELECT inbox_id FROM probe.dead_letters WHERE id = $1", id);
        deadLetter.GetProperty("exceptionType").GetString().ShouldBe(typeof(ProbeFailure).FullName);
        deadLetter.GetProperty("attempts").GetInt32().ShouldBe(3);

        await bus.ScalarAsync<int>("DELETE FROM probe.faults WHERE key = 'replay-me'");
        var replay = await (await admin.Http.PostAsync($"/api/admin/bus/dead-letters/probe/{id}/replay", null)).ShouldHaveStatus(HttpStatusCode.OK);
        await bus.SettleBusAsync();

        replay.GetProperty("replayed").GetInt32().ShouldBe(1);
        (await bus.EffectsAsync("replay-me", nameof(PingAuditor))).ShouldBe(1);
        (await bus.EffectsAsync("replay-me", nameof(PingRecorder))).ShouldBe(1);
        (await bus.CountAsync("SELECT count(*) FROM probe.inbox WHERE id = $1 AND message_id = $2 AND attempts = 1 AND handled_at IS NOT NULL", inboxId, ping.EventId))
            .ShouldBe(1);
        await (await admin.Http.PostAsync($"/api/admin/bus/dead-letters/probe/{id}/replay", null)).ShouldBeProblem(HttpStatusCode.NotFound);
        await bus.SettleBusAsync();
        (await bus.EffectsAsync("replay-me", nameof(PingAuditor))).ShouldBe(1);
    }

    [Fact]
    public async Task Replaying_by_message_type_restores_every_dead_letter_of_that_type()
    {
        var admin = await bus.SignInAsNewUserAsync(Roles.Admin);
        await bus.ScalarAsync<int>("INSERT INTO probe.faults VALUES ('by-type-1'), ('by-type-2')");
        await bus.PublishAsync(Pinged.New("by-type-1"), Pinged.New("by-type-2"));
        await bus.SettleBusAsync();
        await bus.ScalarAsync<int>("DELETE FROM probe.faults WHERE key LIKE 'by-type-%'");

        var replay = await (await admin.Http.PostAsJsonAsync("/api/admin/bus/dead-letters/replay", new { module = "probe", messageType = "probe.pinged", handler = "PingAuditor" }))
            .ShouldHaveStatus(HttpStatusCode.OK);
        await bus.SettleBusAsync();

        replay.GetProperty("replayed").GetInt32().ShouldBeGreaterThanOrEqualTo(2);
        (await bus.EffectsAsync("by-type-1", nameof(PingAuditor))).ShouldBe(1);
        (await bus.EffectsAsync("by-type-2", nameof(PingAuditor))).ShouldBe(1);
        (await bus.CountAsync("SELECT count(*) FROM probe.dead_letters WHERE payload->>'key' LIKE 'by-type-%'")).ShouldBe(0);
    }

    [Fact]
    public async Task A_dead_letter_shows_its_payload_and_stack_trace()
    {
        var admin = await bus.SignInAsNewUserAsync(Roles.Admin);
        await bus.ScalarAsync<int>("INSERT INTO probe.faults VALUES ('details')");
        var ping = Pinged.New("details");
        await bus.PublishAsync(ping);
        await bus.SettleBusAsync();
        var id = await bus.ScalarAsync<long>("SELECT id FROM probe.dead_letters WHERE message_id = $1", ping.EventId);

        var details = await (await admin.Http.GetAsync($"/api/admin/bus/dead-letters/probe/{id}")).ShouldHaveStatus(HttpStatusCode.OK);

        details.GetProperty("payload").GetProperty("key").GetString().ShouldBe("details");
        details.GetProperty("stackTrace").GetString().ShouldNotBeNull().ShouldContain("PingAuditor");
        details.GetProperty("deadLetter").GetProperty("reason").GetString().ShouldNotBeNull().ShouldStartWith("failed after 3");
    }

    [Fact]
    public async Task Bad_list_and_replay_requests_are_refused_naming_the_field()
    {
        var admin = await bus.SignInAsNewUserAsync(Roles.Admin);

        await (await admin.Http.GetAsync("/api/admin/bus/dead-letters?sort=payload&module=nowhere&pageSize=500")).ShouldBeProblem(HttpStatusCode.BadRequest, "sort", "module", "pageSize");
        await (await admin.Http.PostAsJsonAsync("/api/admin/bus/dead-letters/replay", new { module = "probe" })).ShouldBeProblem(HttpStatusCode.BadRequest, "messageType");
        await (await admin.Http.GetAsync("/api/admin/bus/dead-letters/nowhere/1")).ShouldBeProblem(HttpStatusCode.NotFound);
        await (await admin.Http.PostAsync("/api/admin/bus/dead-letters/probe/999999/replay", null)).ShouldBeProblem(HttpStatusCode.NotFound);
    }

    private static HttpRequestMessage Request(string method, string path) =>
        new(new HttpMethod(method), path) { Content = method == "POST" ? JsonContent.Create(new { messageType = "probe.pinged" }) : null };
}
