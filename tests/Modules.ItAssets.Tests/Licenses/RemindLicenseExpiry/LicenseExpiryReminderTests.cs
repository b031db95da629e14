using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using OpsPlatform.Identity.Contracts;
using OpsPlatform.Modules.ItAssets.Licenses.RemindLicenseExpiry;
using Wolverine;
using static OpsPlatform.Modules.ItAssets.Tests.ItAssetsApi;

namespace OpsPlatform.Modules.ItAssets.Tests.Licenses.RemindLicenseExpiry;

/// <summary>Expiry reminders (60/30/7 days before by default) from durable scheduled messages keyed per license and threshold.</summary>
public sealed class LicenseExpiryReminderTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task A_license_recorded_five_days_before_its_expiry_gets_the_seven_day_reminder_once()
    {
        var manager = await api.SignInAsNewUserAsync(Roles.Manager);
        var id = await manager.Http.CreateLicenseIdAsync(NewLicense(expiresOn: Today(5)));

        await api.SettleBusAsync();

        (await Reminders(id)).ShouldBe(["7"]);
        (await Pending(id)).ShouldBe(0);
        (await (await manager.Http.GetAsync($"{LicensesRoute}/{id}")).ShouldHaveStatus(HttpStatusCode.OK)).GetProperty("version").GetInt32().ShouldBe(1);
        await Edit(manager.Http, id, Today(5), "notes changed, expiry not");
        await api.SettleBusAsync();
        (await Reminders(id)).ShouldBe(["7"]);
    }

    [Fact]
    public async Task A_new_expiry_replaces_the_pending_reminders_one_per_threshold()
    {
        var manager = await api.SignInAsNewUserAsync(Roles.Manager);
        var id = await manager.Http.CreateLicenseIdAsync(NewLicense(expiresOn: Today(100)));
        (await Pending(id)).ShouldBe(3);

        await Edit(manager.Http, id, Today(200), null);
        (await Pending(id)).ShouldBe(3);
        await Edit(manager.Http, id, Today(20), null);
        await api.SettleBusAsync();

        (await Reminders(id)).ShouldBe(["30"]);
        (await Pending(id)).ShouldBe(1);
        (await api.ScalarAsync<long>("SELECT count(*) FROM it_assets.scheduled_keys WHERE key = $1", $"license-expiry:{id}:7")).ShouldBe(1);
    }

    [Fact]
    public async Task A_redelivered_or_stale_reminder_sends_nothing_more()
    {
        var manager = await api.SignInAsNewUserAsync(Roles.Manager);
        var expires = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(40);
        var id = await manager.Http.CreateLicenseIdAsync(NewLicense(expiresOn: expires.ToString("yyyy-MM-dd")));
        var due = new LicenseExpiryDue(Guid.NewGuid(), DateTimeOffset.UtcNow, id, expires, 60);

        await using (var scope = api.Services.CreateAsyncScope())
        {
            var bus = scope.ServiceProvider.GetRequiredService<IMessageBus>();
            await bus.PublishAsync(due);
            await bus.PublishAsync(due with { EventId = Guid.NewGuid() });
            await bus.PublishAsync(due with { EventId = Guid.NewGuid(), ExpiresOn = expires.AddDays(1) });
        }
        await api.SettleBusAsync();

        (await Reminders(id)).ShouldBe(["60"]);
    }

    private async Task Edit(HttpClient manager, Guid id, string expiresOn, string? notes)
    {
        var version = (await (await manager.GetAsync($"{LicensesRoute}/{id}")).ShouldHaveStatus(HttpStatusCode.OK)).GetProperty("version").GetInt32();
        await (await manager.PutAsJsonAsync($"{LicensesRoute}/{id}", new
        {
            productName = "Office 365", vendor = "Microsoft", model = "per_seat", seatsOwned = 5, expiresOn, notes, version,
        })).ShouldHaveStatus(HttpStatusCode.OK);
    }

    /// <summary>The thresholds of the <c>it-assets.license-expiring</c> events sent for the license, as committed live events.</summary>
    private async Task<string[]> Reminders(Guid id)
    {
        var days = await api.ScalarAsync<string>(
            "SELECT string_agg(payload->>'daysBefore', ',' ORDER BY recorded_at) FROM it_assets.live_events WHERE message_type = 'it-assets.license-expiring' AND payload->>'licenseId' = $1",
            id.ToString());
        return days is null ? [] : days.Split(',');
    }

    /// <summary>Reminders still waiting under the license's keys.</summary>
    private Task<long> Pending(Guid id) => api.ScalarAsync<long>("""
        SELECT count(*) FROM it_assets.scheduled_keys k JOIN wolverine.wolverine_incoming_envelopes e ON e.id = ANY(k.envelope_ids)
        WHERE k.key LIKE $1 AND e.status = 'Scheduled'
        """, $"license-expiry:{id}:%");
}
