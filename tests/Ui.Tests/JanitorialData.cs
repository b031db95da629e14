using System.Net;
using System.Net.Http.Json;

namespace OpsPlatform.Ui.Tests;

/// <summary>Janitorial test data made through the API by a manager: a site with its people, supplies, cleanings.</summary>
internal static class JanitorialData
{
    /// <summary>A site with a name of its own (test classes share one database) and the given people assigned.</summary>
    public static async Task<(Guid Id, string Name)> SiteAsync(this SignedInClient manager, string name, params (Guid UserId, string Role)[] members)
    {
        var unique = $"{name} {Guid.NewGuid().ToString("N")[..4]}";
        var site = await (await manager.Http.PostAsJsonAsync("/api/janitorial/sites", new
        {
            siteName = unique,
            siteCode = $"S-{Guid.NewGuid():N}"[..14],
            address = "2 Quay Road",
            clientName = "Harbour Ltd",
            serviceLevel = "standard",
            primaryContactId = manager.UserId,
            passThreshold = 80,
            clientSeesInspections = true,
        })).ShouldHaveStatus(HttpStatusCode.Created);
        var id = site.GetProperty("id").GetGuid();
        foreach (var (userId, role) in members)
            await (await manager.Http.PutAsJsonAsync($"/api/janitorial/sites/{id}/members/{userId}", new { role })).ShouldHaveStatus(HttpStatusCode.OK);
        return (id, unique);
    }

    public static async Task<string> SupplyAsync(this SignedInClient manager, Guid siteId, string itemName, decimal onHand, decimal reorderLevel)
    {
        var sku = $"SKU-{Guid.NewGuid():N}"[..12].ToUpperInvariant();
        await (await manager.Http.PostAsJsonAsync("/api/janitorial/inventory", new
        {
            siteId, itemName, sku, category = "paper", quantityOnHand = onHand, reorderLevel, unit = "case", unitCost = 12.5m,
        })).ShouldHaveStatus(HttpStatusCode.Created);
        return sku;
    }

    public static async Task<Guid> CleaningAsync(this SignedInClient manager, Guid siteId, Guid crewMember, DateOnly day) =>
        (await (await manager.Http.PostAsJsonAsync("/api/janitorial/schedules", new
        {
            siteId, assignedTo = crewMember, serviceDate = day.ToString("yyyy-MM-dd"), startTime = "09:00", endTime = "11:00", frequency = "once",
        })).ShouldHaveStatus(HttpStatusCode.Created)).GetProperty("first").GetProperty("id").GetGuid();

    public static async Task<Guid> InspectionAsync(this SignedInClient recorder, Guid siteId, int score, string findings) =>
        (await (await recorder.Http.PostAsJsonAsync("/api/janitorial/inspections", new
        {
            siteId, inspectionDate = DateTime.UtcNow.ToString("yyyy-MM-dd"), score, findings,
        })).ShouldHaveStatus(HttpStatusCode.Created)).GetProperty("id").GetGuid();
}
