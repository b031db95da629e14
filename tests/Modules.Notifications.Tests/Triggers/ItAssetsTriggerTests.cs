using System.Net;
using System.Net.Http.Json;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Notifications.Tests.Triggers;

/// <summary>IT assets' triggers (its handlers in src/Modules.ItAssets/Notifications): reminders go to IT staff only.</summary>
public sealed class ItAssetsTriggerTests(NotificationsApi api) : IClassFixture<NotificationsApi>
{
    private static string InDays(int days) => DateOnly.FromDateTime(DateTime.UtcNow).AddDays(days).ToString("yyyy-MM-dd");

    [Fact]
    public async Task A_license_ending_within_a_week_notifies_it_staff_and_nobody_else()
    {
        var manager = await api.SignInAsNewUserAsync(Roles.Manager);
        var member = await api.SignInAsNewUserAsync(Roles.Member);

        var license = (await (await manager.Http.PostAsJsonAsync("/api/it-assets/licenses", new
        {
            productName = "Visio", vendor = "Microsoft", productKey = "ABCDE-12345", model = "per_seat", seatsOwned = 3, costPerSeat = 9m,
            purchasedOn = "2025-01-01", expiresOn = InDays(5),
        })).ShouldHaveStatus(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        await api.SettleBusAsync();

        var notice = (await manager.NotificationsAsync("it-assets.license-expiring")).Single(n => n.GetProperty("sourceId").GetGuid() == license);
        notice.GetProperty("title").GetString()!.ShouldStartWith("Visio expires on");
        notice.GetProperty("body").GetString()!.ShouldContain("0 of 3 seats in use");
        (await member.NotificationsAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_warranty_ending_notifies_it_staff_and_not_the_holder()
    {
        var manager = await api.SignInAsNewUserAsync(Roles.Manager);
        var holder = await api.SignInAsNewUserAsync(Roles.Member);
        var hardware = (await (await manager.Http.PostAsJsonAsync("/api/it-assets/hardware", new
        {
            assetTag = $"T-{Guid.NewGuid():N}"[..14], name = "ThinkPad T14", model = "T14 Gen 4", manufacturer = "Lenovo", category = "laptop",
            location = "HQ", purchasedOn = "2025-01-10", purchaseCost = 1450m, supplier = "Acme", warrantyEndsOn = InDays(20),
        })).ShouldHaveStatus(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        await (await manager.Http.PostAsJsonAsync($"/api/it-assets/hardware/{hardware}/check-out", new { assignedTo = holder.UserId })).ShouldHaveStatus(HttpStatusCode.Created);
        await api.SettleBusAsync();

        var notice = (await manager.NotificationsAsync("it-assets.warranty-ending")).Single(n => n.GetProperty("sourceId").GetGuid() == hardware);
        notice.GetProperty("title").GetString()!.ShouldStartWith("Warranty of ThinkPad T14");
        (await holder.NotificationsAsync("it-assets.warranty-ending")).ShouldBeEmpty();
    }
}
