using System.Net;
using System.Net.Http.Json;

namespace OpsPlatform.Host.Api.Tests;

/// <summary>Janitorial set-up steps through the API, shared by the cross-module and live-stream tests.</summary>
internal static class JanitorialSteps
{
    public static async Task<Guid> NewSiteAsync(this HttpClient manager, bool clientSeesInspections = false, Guid? primaryContactId = null)
    {
        var site = await (await manager.PostAsJsonAsync("/api/janitorial/sites", new
        {
            siteName = "Depot", siteCode = $"D-{Guid.NewGuid():N}"[..14], address = "9 Yard Lane", clientName = "Depot Co",
            serviceLevel = "standard", primaryContactId = primaryContactId ?? Guid.NewGuid(), clientSeesInspections,
        })).ShouldHaveStatus(HttpStatusCode.Created);
        return site.GetProperty("id").GetGuid();
    }

    public static async Task<Guid> NewSupplyItemAsync(this HttpClient manager, Guid siteId, decimal quantity, decimal reorderLevel)
    {
        var item = await (await manager.PostAsJsonAsync("/api/janitorial/inventory", new
        {
            siteId, itemName = "Hand soap", sku = $"SKU-{Guid.NewGuid():N}"[..12], category = "chemicals", quantityOnHand = quantity, reorderLevel,
            unit = "litre", unitCost = 3.2m,
        })).ShouldHaveStatus(HttpStatusCode.Created);
        return item.GetProperty("id").GetGuid();
    }

    public static async Task ConsumeAsync(this HttpClient http, Guid itemId, decimal quantity) =>
        await (await http.PostAsJsonAsync($"/api/janitorial/inventory/{itemId}/consume", new { quantity })).ShouldHaveStatus(HttpStatusCode.OK);

    public static async Task RestockAsync(this HttpClient http, Guid itemId, decimal quantity) =>
        await (await http.PostAsJsonAsync($"/api/janitorial/inventory/{itemId}/restock", new { quantity })).ShouldHaveStatus(HttpStatusCode.OK);

    public static async Task AddMemberAsync(this HttpClient manager, Guid siteId, Guid userId, string role) =>
        await (await manager.PutAsJsonAsync($"/api/janitorial/sites/{siteId}/members/{userId}", new { role })).ShouldHaveStatus(HttpStatusCode.OK);
}
