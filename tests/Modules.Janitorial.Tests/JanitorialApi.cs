using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace OpsPlatform.Modules.Janitorial.Tests;

/// <summary>Request builders and set-up steps shared by the janitorial tests.</summary>
internal static class JanitorialApi
{
    public const string Sites = "/api/janitorial/sites";

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

    public static IEnumerable<JsonElement> Items(this JsonElement page) => page.GetProperty("items").EnumerateArray();

    public static List<Guid> Ids(this JsonElement page) => page.Items().Select(e => e.GetProperty("id").GetGuid()).ToList();
}
