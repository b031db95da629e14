using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace OpsPlatform.Modules.Janitorial.Tests;

/// <summary>Request builders and set-up steps shared by the janitorial tests.</summary>
internal static class JanitorialApi
{
    public const string Sites = "/api/janitorial/sites";
    public const string Schedules = "/api/janitorial/schedules";
    public const string Inventory = "/api/janitorial/inventory";
    public const string Inspections = "/api/janitorial/inspections";

    public static object NewSite(string? code = null, string serviceLevel = "standard", Guid? primaryContact = null,
        bool clientSeesInspections = false, int? passThreshold = null, string clientName = "Acme Corp", string? timeZone = null) => new
    {
        siteName = "Acme HQ",
        siteCode = code ?? $"S-{Guid.NewGuid():N}"[..14],
        address = "1 Main Street",
        clientName,
        serviceLevel,
        primaryContactId = primaryContact ?? Guid.NewGuid(),
        passThreshold,
        clientSeesInspections,
        timeZone,
    };

    public static Task<HttpResponseMessage> CreateSite(this HttpClient http, object body) => http.PostAsJsonAsync(Sites, body);

    /// <summary>Creates a site through the API and returns its id.</summary>
    public static async Task<Guid> NewSiteId(this HttpClient manager, string? code = null, bool clientSeesInspections = false, int? passThreshold = null, string? timeZone = null)
    {
        var body = await (await manager.CreateSite(NewSite(code, clientSeesInspections: clientSeesInspections, passThreshold: passThreshold, timeZone: timeZone)))
            .ShouldHaveStatus(HttpStatusCode.Created);
        return body.GetProperty("id").GetGuid();
    }

    public static async Task Assign(this HttpClient manager, Guid siteId, Guid userId, string role) =>
        await (await manager.PutAsJsonAsync($"{Sites}/{siteId}/members/{userId}", new { role })).ShouldHaveStatus(HttpStatusCode.OK);

    public static object Plan(Guid siteId, Guid assignee, string date = "2030-01-07", string start = "08:00", string end = "10:00",
        string frequency = "once", string? repeatUntil = null) =>
        new { siteId, assignedTo = assignee, serviceDate = date, startTime = start, endTime = end, frequency, repeatUntil, notes = "Lobby and restrooms" };

    public static Task<HttpResponseMessage> PlanCleaning(this HttpClient manager, object body) => manager.PostAsJsonAsync(Schedules, body);

    /// <summary>Plans a one-off cleaning and returns the occurrence's id.</summary>
    public static async Task<Guid> NewScheduleId(this HttpClient manager, Guid siteId, Guid assignee, string date = "2030-01-07", string start = "08:00", string end = "10:00")
    {
        var body = await (await manager.PlanCleaning(Plan(siteId, assignee, date, start, end))).ShouldHaveStatus(HttpStatusCode.Created);
        return body.GetProperty("first").GetProperty("id").GetGuid();
    }

    public static Task<HttpResponseMessage> ChangeStatus(this HttpClient http, Guid scheduleId, string status) =>
        http.PostAsJsonAsync($"{Schedules}/{scheduleId}/status", new { status });

    public static object NewItem(Guid siteId, string? sku = null, decimal quantity = 20, decimal reorderLevel = 5, string category = "chemicals", decimal? unitCost = 4.5m) =>
        new { siteId, itemName = "Floor cleaner", sku = sku ?? $"SKU-{Guid.NewGuid():N}"[..12], category, quantityOnHand = quantity, reorderLevel, unit = "litre", unitCost };

    /// <summary>Stocks an item through the API and returns its id.</summary>
    public static async Task<Guid> NewItemId(this HttpClient manager, Guid siteId, decimal quantity = 20, decimal reorderLevel = 5, string? sku = null)
    {
        var body = await (await manager.PostAsJsonAsync(Inventory, NewItem(siteId, sku, quantity, reorderLevel))).ShouldHaveStatus(HttpStatusCode.Created);
        return body.GetProperty("id").GetGuid();
    }

    public static Task<HttpResponseMessage> Consume(this HttpClient http, Guid itemId, decimal quantity) =>
        http.PostAsJsonAsync($"{Inventory}/{itemId}/consume", new { quantity });

    public static Task<HttpResponseMessage> Restock(this HttpClient http, Guid itemId, decimal quantity) =>
        http.PostAsJsonAsync($"{Inventory}/{itemId}/restock", new { quantity });

    public static object Inspection(Guid siteId, int score = 85, Guid? scheduleId = null, string date = "2026-11-20", string? photoUrl = "https://photos.example.com/lobby.jpg") =>
        new { siteId, scheduleId, inspectionDate = date, score, findings = "Lobby floor streaked", correctiveActions = "Re-mop lobby", photoUrl };

    public static Task<HttpResponseMessage> RecordInspection(this HttpClient http, object body) => http.PostAsJsonAsync(Inspections, body);

    /// <summary>Records an inspection through the API and returns its id.</summary>
    public static async Task<Guid> NewInspectionId(this HttpClient http, Guid siteId, int score = 85, string date = "2026-11-20")
    {
        var body = await (await http.RecordInspection(Inspection(siteId, score, date: date))).ShouldHaveStatus(HttpStatusCode.Created);
        return body.GetProperty("id").GetGuid();
    }

    public static IEnumerable<JsonElement> Items(this JsonElement page) => page.GetProperty("items").EnumerateArray();

    public static List<Guid> Ids(this JsonElement page) => page.Items().Select(e => e.GetProperty("id").GetGuid()).ToList();
}
