using System.Net;
using System.Net.Http.Json;
using System.Text;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Notifications.Tests.Triggers;

/// <summary>PSA's triggers (its handlers in src/Modules.Psa/Notifications), each to the people the project lets see the record.</summary>
public sealed class PsaTriggerTests(NotificationsApi api) : IClassFixture<NotificationsApi>
{
    [Fact]
    public async Task A_task_assigned_to_a_member_notifies_that_member_only()
    {
        var (owner, member, client, project) = await TeamAsync();

        var task = (await (await owner.Http.PostAsJsonAsync($"/api/psa/projects/{project}/tasks", new { title = "Map accounts", assigneeId = member.UserId, priority = "high" }))
            .ShouldHaveStatus(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        await api.SettleBusAsync();

        var notice = (await member.NotificationsAsync("psa.task-assigned")).ShouldHaveSingleItem();
        notice.GetProperty("sourceId").GetGuid().ShouldBe(task);
        notice.GetProperty("title").GetString()!.ShouldContain("Map accounts");
        (await client.NotificationsAsync()).ShouldBeEmpty();
        (await owner.NotificationsAsync("psa.task-assigned")).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_task_due_tomorrow_notifies_its_assignee_once()
    {
        var (owner, member, _, project) = await TeamAsync();
        var tomorrow = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(1).ToString("yyyy-MM-dd");

        await (await owner.Http.PostAsJsonAsync($"/api/psa/projects/{project}/tasks", new { title = "Go live", assigneeId = member.UserId, dueOn = tomorrow }))
            .ShouldHaveStatus(HttpStatusCode.Created);
        await api.EventuallyAsync(async () => (await member.NotificationsAsync("psa.task-due-soon")).Count > 0, "the due-soon notice");
        await api.SettleBusAsync();

        (await member.NotificationsAsync("psa.task-due-soon")).ShouldHaveSingleItem().GetProperty("title").GetString().ShouldBe($"Due {tomorrow}: Go live");
    }

    [Fact]
    public async Task A_document_shared_with_clients_notifies_the_client_viewers_and_not_the_team()
    {
        var (owner, member, client, project) = await TeamAsync();
        var part = new ByteArrayContent(Encoding.UTF8.GetBytes("The plan"));
        part.Headers.ContentType = new("text/plain");
        var document = (await (await owner.Http.PostAsync($"/api/psa/projects/{project}/documents?sharedWithClients=true",
            new MultipartFormDataContent { { part, "file", "plan.txt" } })).ShouldHaveStatus(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        await api.SettleBusAsync();

        (await client.NotificationsAsync("psa.document-shared")).ShouldHaveSingleItem().GetProperty("sourceId").GetGuid().ShouldBe(document);
        (await member.NotificationsAsync("psa.document-shared")).ShouldBeEmpty();
    }

    private async Task<(SignedInClient Owner, SignedInClient Member, SignedInClient Client, Guid Project)> TeamAsync()
    {
        var owner = await api.SignInAsNewUserAsync(Roles.Manager);
        var member = await api.SignInAsNewUserAsync(Roles.Member);
        var client = await api.SignInAsNewUserAsync(Roles.Client);
        var project = (await (await owner.Http.PostAsJsonAsync("/api/psa/projects", new
        {
            code = $"P-{Guid.NewGuid():N}"[..20].ToUpperInvariant(), name = "ERP rollout", clientName = "Acme", description = "Go-live",
        })).ShouldHaveStatus(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        await (await owner.Http.PutAsJsonAsync($"/api/psa/projects/{project}/members/{member.UserId}", new { role = "member" })).ShouldHaveStatus(HttpStatusCode.OK);
        await (await owner.Http.PutAsJsonAsync($"/api/psa/projects/{project}/members/{client.UserId}", new { role = "client_viewer" })).ShouldHaveStatus(HttpStatusCode.OK);
        return (owner, member, client, project);
    }
}
