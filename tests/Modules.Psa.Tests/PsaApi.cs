using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Psa.Tests;

internal static class PsaApi
{
    public const string Projects = "/api/psa/projects";
    public const string Tasks = "/api/psa/tasks";
    public const string TimeEntries = "/api/psa/time-entries";
    public const string Documents = "/api/psa/documents";

    public static IEnumerable<JsonElement> Items(this JsonElement page) => page.GetProperty("items").EnumerateArray();

    public static List<Guid> Ids(this JsonElement page) => page.Items().Select(e => e.GetProperty("id").GetGuid()).ToList();

    public static Guid Id(this JsonElement body) => body.GetProperty("id").GetGuid();

    public static object NewProject(string code, Guid? ownerId = null) => new
    {
        code, name = "ERP rollout", clientName = "Acme", description = "Go-live", ownerId, startsOn = "2026-01-01", dueOn = "2026-03-31",
        budgetHours = 100, budgetAmount = 15000, hourlyRate = 150,
    };

    public static async Task<Guid> CreateProjectAsync(this HttpClient http, string? code = null) =>
        (await (await http.PostAsJsonAsync(Projects, NewProject(code ?? UniqueCode()))).ShouldHaveStatus(HttpStatusCode.Created)).Id();

    public static string UniqueCode() => $"P-{Guid.NewGuid():N}"[..20].ToUpperInvariant();

    public static async Task<Guid> CreateTaskAsync(this HttpClient http, Guid projectId, Guid? assigneeId = null, string? dueOn = null, string title = "Map accounts") =>
        (await (await http.PostAsJsonAsync($"{Projects}/{projectId}/tasks", new { title, assigneeId, dueOn, priority = "high", estimateHours = 8 }))
            .ShouldHaveStatus(HttpStatusCode.Created)).Id();

    public static Task<HttpResponseMessage> MoveTaskAsync(this HttpClient http, Guid taskId, string status) =>
        http.PostAsJsonAsync($"{Tasks}/{taskId}/status", new { status });

    public static Task<HttpResponseMessage> LogTimeAsync(this HttpClient http, Guid projectId, string date, int minutes, Guid? taskId = null, bool billable = true) =>
        http.PostAsJsonAsync(TimeEntries, new { projectId, taskId, date, minutes, note = "work", billable });

    public static Task<HttpResponseMessage> UploadAsync(this HttpClient http, string url, string text, string name = "plan.txt")
    {
        var part = new ByteArrayContent(Encoding.UTF8.GetBytes(text));
        part.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        return http.PostAsync(url, new MultipartFormDataContent { { part, "file", name } });
    }
}

/// <summary>
/// A project run by a manager (its owner), with a member and a client viewer; beside them an outsider (a member of
/// no project), another manager and an admin.
/// </summary>
internal sealed record ProjectTeam(Guid ProjectId, SignedInClient Owner, SignedInClient Member, SignedInClient Client, SignedInClient Outsider,
    SignedInClient OtherManager, SignedInClient Admin)
{
    public static async Task<ProjectTeam> CreateAsync(ApiFactory api)
    {
        var owner = await api.SignInAsNewUserAsync(Roles.Manager);
        var member = await api.SignInAsNewUserAsync(Roles.Member);
        var client = await api.SignInAsNewUserAsync(Roles.Client);
        var outsider = await api.SignInAsNewUserAsync(Roles.Member);
        var otherManager = await api.SignInAsNewUserAsync(Roles.Manager);
        var admin = await api.SignInAsNewUserAsync(Roles.Admin);
        var project = await owner.Http.CreateProjectAsync();
        await (await owner.Http.PutAsJsonAsync($"{PsaApi.Projects}/{project}/members/{member.UserId}", new { role = "member" })).ShouldHaveStatus(HttpStatusCode.OK);
        await (await owner.Http.PutAsJsonAsync($"{PsaApi.Projects}/{project}/members/{client.UserId}", new { role = "client_viewer" })).ShouldHaveStatus(HttpStatusCode.OK);
        return new ProjectTeam(project, owner, member, client, outsider, otherManager, admin);
    }

    public string Url => $"{PsaApi.Projects}/{ProjectId}";
}
