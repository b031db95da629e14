using System.Net;
using OpsPlatform.Identity.Contracts;
using OpsPlatform.Messaging.Tests.Probes;
using OpsPlatform.Messaging.TestHost.Probe;

namespace OpsPlatform.Messaging.Tests.Host;

/// <summary>
/// The API host (its bus off: it handles nothing) and an in-process probe host on one database: the API's health,
/// counts, dead-letter admin and SettleBusAsync read and act on the shared <c>wolverine</c> schema (R25, R26, R40, R41, R43).
/// </summary>
public sealed class BusApiFixture : IAsyncLifetime
{
    public ApiFactory Api { get; private set; } = null!;
    public InProcessProbe Probe { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var database = await ProbeDatabase.CreateAsync("busapi");
        Api = ApiFactory.ForDatabase(database).WithSetting("Bus:Enabled", "false").WithSetting("Bus:HealthMaxNewDeadLetters", "0");
        _ = Api.Services;
        Probe = await InProcessProbe.StartAsync(database);
    }

    public async Task DisposeAsync()
    {
        await Probe.DisposeAsync();
        await Api.DisposeAsync();
    }
}

public sealed class BusApiTests(BusApiFixture fixture) : IClassFixture<BusApiFixture>
{
    private readonly ApiFactory _api = fixture.Api;
    private readonly InProcessProbe _probe = fixture.Probe;

    [Fact]
    public async Task A_dead_letter_degrades_health_shows_in_the_counts_and_once_replayed_after_its_cause_is_fixed_is_handled_once()
    {
        var admin = await _api.SignInAsNewUserAsync(Roles.Admin);
        (await ReadinessAsync()).ShouldBe("Healthy");
        await _probe.ExecuteAsync("INSERT INTO probe.faults VALUES ('replay-me')");

        await _probe.PublishAsync(Pinged.New("replay-me"));
        await _probe.SettleAsync();

        await WaitForReadinessAsync("Degraded");
        var counts = await (await admin.Http.GetAsync("/api/admin/bus/counts")).ShouldHaveStatus(HttpStatusCode.OK);
        counts.GetProperty("deadLettered").GetInt64().ShouldBe(1);
        var auditorQueue = counts.GetProperty("queues").EnumerateArray().Single(q => q.GetProperty("queue").GetString()!.Contains("pingauditor", StringComparison.Ordinal));
        auditorQueue.GetProperty("deadLettered").GetInt64().ShouldBe(1);
        auditorQueue.GetProperty("pending").GetInt64().ShouldBe(0);

        var listed = await (await admin.Http.GetAsync("/api/admin/bus/dead-letters?messageType=probe.pinged")).ShouldHaveStatus(HttpStatusCode.OK);
        var deadLetter = listed.GetProperty("items").EnumerateArray().Single();
        deadLetter.GetProperty("exceptionType").GetString().ShouldBe(typeof(ProbeFailure).FullName);
        deadLetter.GetProperty("exceptionMessage").GetString().ShouldNotBeNull().ShouldContain("always fails");
        deadLetter.GetProperty("attempts").GetInt32().ShouldBe(3);
        var id = deadLetter.GetProperty("id").GetGuid();

        await _probe.ExecuteAsync("DELETE FROM probe.faults WHERE key = 'replay-me'");
        await (await admin.Http.PostAsync($"/api/admin/bus/dead-letters/{id}/replay", null)).ShouldHaveStatus(HttpStatusCode.OK);
        // The probe host's durability agent moves the replayable dead letter back to its queue.
        await ProbeDatabase.WaitUntilAsync(_probe.ConnectionString, "SELECT count(*) FROM probe.effects WHERE key = 'replay-me' AND handler = 'PingAuditor'", 1,
            TimeSpan.FromSeconds(30));
        await _probe.SettleAsync();

        (await _probe.EffectsAsync("replay-me", nameof(PingAuditor))).ShouldBe(1);
        (await _probe.EffectsAsync("replay-me", nameof(PingRecorder))).ShouldBe(1);
        (await _probe.CountAsync("SELECT count(*) FROM wolverine.wolverine_dead_letters")).ShouldBe(0);
        await (await admin.Http.PostAsync($"/api/admin/bus/dead-letters/{id}/replay", null)).ShouldBeProblem(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Settling_while_a_handler_is_still_busy_fails_naming_what_is_pending()
    {
        await _probe.PublishAsync(Pinged.New("slow", delayMs: 3000));

        var error = await Should.ThrowAsync<TimeoutException>(() => _api.SettleBusAsync(TimeSpan.FromMilliseconds(300)));

        error.Message.ShouldContain("1 Incoming at local://");
        error.Message.ShouldContain(".pingrecorder");
        await _api.SettleBusAsync();
        (await _probe.EffectsAsync("slow", nameof(PingRecorder))).ShouldBe(1);
    }

    private async Task<string> ReadinessAsync() => await (await _api.CreateClient().GetAsync("/health/ready")).Content.ReadAsStringAsync();

    private async Task WaitForReadinessAsync(string status)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        string last;
        while ((last = await ReadinessAsync()) != status)
        {
            watch.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(10), $"readiness stayed {last}, expected {status}");
            await Task.Delay(50);
        }
    }
}
