using System.Net;
using System.Net.Http.Json;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Notifications.Tests.Triggers;

/// <summary>Janitorial arrangements through its HTTP API: a manager and an active site with a technician assigned to it.</summary>
internal sealed record JanitorialSite(SignedInClient Manager, Guid SiteId, SignedInClient Technician)
{
    public static async Task<JanitorialSite> CreateAsync(ApiFactory api, bool clientSeesInspections = false)
    {
        var manager = await api.SignInAsNewUserAsync(Roles.Manager);
        var siteId = (await (await manager.Http.PostAsJsonAsync("/api/janitorial/sites", new
        {
            siteName = "Acme HQ", siteCode = $"S-{Guid.NewGuid():N}"[..14], address = "1 Main Street", clientName = "Acme Corp",
            serviceLevel = "standard", primaryContactId = Guid.NewGuid(), clientSeesInspections,
        })).ShouldHaveStatus(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var site = new JanitorialSite(manager, siteId, await api.SignInAsNewUserAsync(Roles.Technician));
        await site.AssignAsync(site.Technician.UserId, "technician");
        return site;
    }

    public async Task AssignAsync(Guid userId, string role) =>
        await (await Manager.Http.PutAsJsonAsync($"/api/janitorial/sites/{SiteId}/members/{userId}", new { role })).ShouldHaveStatus(HttpStatusCode.OK);

    public async Task<SignedInClient> MemberAsync(ApiFactory api, string role)
    {
        var user = await api.SignInAsNewUserAsync(role);
        await AssignAsync(user.UserId, role);
        return user;
    }

    public async Task<Guid> PlanCleaningAsync(Guid assignee, string date = "2030-01-07") =>
        (await (await Manager.Http.PostAsJsonAsync("/api/janitorial/schedules", new
        {
            siteId = SiteId, assignedTo = assignee, serviceDate = date, startTime = "08:00", endTime = "10:00", frequency = "once", notes = "Lobby",
        })).ShouldHaveStatus(HttpStatusCode.Created)).GetProperty("first").GetProperty("id").GetGuid();

    public async Task<Guid> RecordInspectionAsync(HttpClient by, int score) =>
        (await (await by.PostAsJsonAsync("/api/janitorial/inspections", new
        {
            siteId = SiteId, inspectionDate = "2026-11-20", score, findings = "Lobby floor streaked", correctiveActions = "Re-mop lobby",
        })).ShouldHaveStatus(HttpStatusCode.Created)).GetProperty("id").GetGuid();

    public async Task<Guid> StockAsync(decimal quantity, decimal reorderLevel) =>
        (await (await Manager.Http.PostAsJsonAsync("/api/janitorial/inventory", new
        {
            siteId = SiteId, itemName = "Floor cleaner", sku = $"SKU-{Guid.NewGuid():N}"[..12], category = "chemicals",
            quantityOnHand = quantity, reorderLevel, unit = "litre", unitCost = 4.5m,
        })).ShouldHaveStatus(HttpStatusCode.Created)).GetProperty("id").GetGuid();

    public static async Task ConsumeAsync(HttpClient by, Guid item, decimal quantity) =>
        await (await by.PostAsJsonAsync($"/api/janitorial/inventory/{item}/consume", new { quantity })).ShouldHaveStatus(HttpStatusCode.OK);
}
