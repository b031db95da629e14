using System.Net;
using System.Net.Http.Json;
using Microsoft.Playwright;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Ui.Tests;

public sealed partial class ManagerBoardStories
{
    [Fact]
    public async Task A_project_owner_approves_a_members_week_and_the_members_page_shows_it_approved_without_a_reload()
    {
        var owner = await host.SignInAsNewUserAsync(Roles.Manager);
        var member = await host.SignInAsNewUserAsync(Roles.Member);
        var code = $"P-{Guid.NewGuid():N}"[..12].ToUpperInvariant();
        var project = (await (await owner.Http.PostAsJsonAsync("/api/psa/projects", new
        {
            code, name = "ERP rollout", clientName = "Acme", description = "Go-live", startsOn = "2026-01-01", dueOn = "2026-03-31",
            budgetHours = 100, budgetAmount = 15000, hourlyRate = 150,
        })).ShouldHaveStatus(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        await (await owner.Http.PutAsJsonAsync($"/api/psa/projects/{project}/members/{member.UserId}", new { role = "member" })).ShouldHaveStatus(HttpStatusCode.OK);
        await (await member.Http.PostAsJsonAsync("/api/psa/time-entries", new { projectId = project, date = "2026-01-06", minutes = 90, note = "Data mapping", billable = true }))
            .ShouldHaveStatus(HttpStatusCode.Created);
        await (await member.Http.PostAsJsonAsync("/api/psa/timesheets/submit", new { weekStart = "2026-01-05" })).ShouldHaveStatus(HttpStatusCode.OK);

        var memberPage = await host.NewPageAsync();
        await memberPage.SignInAsync(member.Email);
        await memberPage.WaitForURLAsync("**/admin/maintenance/work-orders");
        await memberPage.GotoAsync($"/admin/psa/projects/{project}");
        await memberPage.GetByRole(AriaRole.Tab, new() { Name = "Time" }).ClickAsync();
        await memberPage.Locator("#time-entries [data-entry-status='submitted']").WaitForAsync();
        (await memberPage.Locator("#pending-weeks").CountAsync()).ShouldBe(0, "approving is the owner's");
        await memberPage.Locator("#live-badge").GetByText("Live").WaitForAsync();

        var page = await host.NewPageAsync();
        await page.SignInAsync(owner.Email);
        await page.WaitForURLAsync("**/admin/maintenance/board");
        await page.GotoAsync($"/admin/psa/projects/{project}");
        await page.GetByRole(AriaRole.Tab, new() { Name = "Time" }).ClickAsync();
        await page.Locator($"#pending-weeks [data-week='{member.UserId}:2026-01-05']").GetByText("1 h 30 min").First.WaitForAsync();
        await page.ClickAsync($"[data-approve='{member.UserId}']");

        await page.Locator("#time-entries [data-entry-status='approved']").WaitForAsync();
        (await page.Locator("#pending-weeks").CountAsync()).ShouldBe(0);
        await memberPage.Locator("#time-entries [data-entry-status='approved']").WaitForAsync(new() { Timeout = 5_000 });
        (await host.ScalarAsync<string>("SELECT status FROM psa.mt_doc_time_entry WHERE project_id = $1", project)).ShouldBe("Approved");
    }
}
