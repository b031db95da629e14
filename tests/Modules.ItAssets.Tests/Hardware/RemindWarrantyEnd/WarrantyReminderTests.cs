using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using OpsPlatform.Identity.Contracts;
using OpsPlatform.Modules.ItAssets.Hardware.RemindWarrantyEnd;
using Wolverine;
using static OpsPlatform.Modules.ItAssets.Tests.ItAssetsApi;

namespace OpsPlatform.Modules.ItAssets.Tests.Hardware.RemindWarrantyEnd;

/// <summary>Warranty reminders: the same keyed durable schedule as license expiries (60/30/7 days before by default).</summary>
public sealed class WarrantyReminderTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Hardware_whose_warranty_ends_in_five_days_gets_the_seven_day_reminder_once()
    {
        var manager = await api.SignInAsNewUserAsync(Roles.Manager);
        var id = (await manager.Http.RegisterHardwareAsync(warrantyEndsOn: Today(5))).GetProperty("id").GetGuid();

        await api.SettleBusAsync();

        (await Reminders(id)).ShouldBe(["7"]);
        (await Pending(id)).ShouldBe(0);
    }

    [Fact]
    public async Task A_sent_reminder_leaves_the_asset_as_people_last_saw_it_and_a_redelivery_sends_nothing_more()
    {
        var manager = await api.SignInAsNewUserAsync(Roles.Manager);
        var warrantyEnd = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(5);
        var id = (await manager.Http.RegisterHardwareAsync(warrantyEndsOn: warrantyEnd.ToString("yyyy-MM-dd"))).GetProperty("id").GetGuid();
        await api.SettleBusAsync();

        var due = new WarrantyEndDue(Guid.NewGuid(), DateTimeOffset.UtcNow, id, warrantyEnd, 7);
        await using (var scope = api.Services.CreateAsyncScope())
        {
            var bus = scope.ServiceProvider.GetRequiredService<IMessageBus>();
            await bus.PublishAsync(due);
            await bus.PublishAsync(due with { EventId = Guid.NewGuid(), WarrantyEndsOn = warrantyEnd.AddDays(1) });
        }
        await api.SettleBusAsync();

        (await Reminders(id)).ShouldBe(["7"]);
        // A check-out or an edit sent with the version the person saw must not meet a 409 made by a reminder.
        (await (await manager.Http.GetAsync($"{HardwareRoute}/{id}")).ShouldHaveStatus(HttpStatusCode.OK)).GetProperty("version").GetInt32().ShouldBe(1);
    }

    [Fact]
    public async Task A_new_warranty_end_replaces_the_pending_reminders_and_disposal_cancels_them()
    {
        var manager = await api.SignInAsNewUserAsync(Roles.Manager);
        var created = await manager.Http.RegisterHardwareAsync(warrantyEndsOn: Today(100));
        var id = created.GetProperty("id").GetGuid();
        (await Pending(id)).ShouldBe(3);

        await (await manager.Http.PutAsJsonAsync($"{HardwareRoute}/{id}", new
        {
            assetTag = created.GetProperty("assetTag").GetString(), name = "ThinkPad", category = "laptop", warrantyEndsOn = Today(200), version = 1,
        })).ShouldHaveStatus(HttpStatusCode.OK);
        (await Pending(id)).ShouldBe(3);

        await (await manager.Http.PostAsync($"{HardwareRoute}/{id}/retire", null)).ShouldHaveStatus(HttpStatusCode.OK);
        await (await manager.Http.PostAsync($"{HardwareRoute}/{id}/dispose", null)).ShouldHaveStatus(HttpStatusCode.OK);
        (await Pending(id)).ShouldBe(0);
        (await Reminders(id)).ShouldBeEmpty();
    }

    private async Task<string[]> Reminders(Guid id)
    {
        var days = await api.ScalarAsync<string>(
            "SELECT string_agg(payload->>'daysBefore', ',' ORDER BY recorded_at) FROM it_assets.live_events WHERE message_type = 'it-assets.warranty-ending' AND payload->>'hardwareId' = $1",
            id.ToString());
        return days is null ? [] : days.Split(',');
    }

    private Task<long> Pending(Guid id) => api.ScalarAsync<long>("""
        SELECT count(*) FROM it_assets.scheduled_keys k JOIN wolverine.wolverine_incoming_envelopes e ON e.id = ANY(k.envelope_ids)
        WHERE k.key LIKE $1 AND e.status = 'Scheduled'
        """, $"warranty-end:{id}:%");
}
