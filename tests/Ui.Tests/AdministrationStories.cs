using System.Net;
using System.Net.Http.Json;
using Microsoft.Playwright;
using OpsPlatform.Admin.Session;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Ui.Tests;

/// <summary>An admin's section: accounts and roles, dead letters with replay. Only admins see it, and the API refuses everyone else.</summary>
public sealed class AdministrationStories(BrowserHost host) : IClassFixture<BrowserHost>
{
    [Fact]
    public async Task An_admin_opens_an_account_after_a_refused_password_changes_its_roles_and_deactivates_it()
    {
        var admin = await host.SignInAsNewUserAsync(Roles.Admin);
        var email = $"nia-{Guid.NewGuid():N}@test.local";
        var page = await host.NewPageAsync();
        await page.SignInAsync(admin.Email);
        await page.WaitForURLAsync("**/admin/maintenance/board");

        await page.GetByRole(AriaRole.Link, new() { Name = "Users and roles" }).ClickAsync();
        await page.Locator("#users").GetByText(admin.Email).WaitForAsync();
        await page.ClickAsync("#new-user-link");
        await page.Locator("input[name='displayName']").FillAsync("Nia New");
        await page.Locator("input[name='email']").FillAsync(email);
        await page.Locator("input[name='password']").FillAsync("short");
        await page.ClickAsync("#new-user-submit");

        await page.Locator("#new-user .mud-input-helper-text").GetByText("at least 10 characters", new() { Exact = false }).WaitForAsync();
        (await page.Locator("input[name='email']").InputValueAsync()).ShouldBe(email);
        await page.Locator("input[name='password']").FillAsync(ApiFactory.Password);
        await page.ClickAsync("#new-user-submit");

        var row = page.Locator("#users tr").Filter(new() { HasText = email });
        await row.GetByText("Member").WaitForAsync();
        await row.GetByRole(AriaRole.Button, new() { Name = "Change roles" }).ClickAsync();
        await page.Locator("#role-editor [data-role='technician']").ClickAsync();
        await page.Locator("#role-editor [data-role='member']").ClickAsync();
        await page.ClickAsync("#roles-save");
        await row.GetByText("Technician").WaitForAsync();
        (await row.GetByText("Member").CountAsync()).ShouldBe(0);
        await page.ScreenshotAsync("users-roles-changed");

        var person = await host.SignInAsync(email, ApiFactory.Password);
        (await (await person.GetAsync("/api/auth/me")).ShouldHaveStatus(HttpStatusCode.OK)).GetProperty("roles")[0].GetString().ShouldBe("technician");
        await row.GetByRole(AriaRole.Button, new() { Name = "Deactivate" }).ClickAsync();
        await row.Locator("[data-user-status='deactivated']").WaitForAsync();
        await (await person.GetAsync("/api/auth/me")).ShouldBeProblem(HttpStatusCode.Unauthorized);

        await row.GetByRole(AriaRole.Button, new() { Name = "Reactivate" }).ClickAsync();
        await row.Locator("[data-user-status='active']").WaitForAsync();
    }

    [Fact]
    public async Task An_admin_replays_a_dead_letter_and_it_leaves_the_list()
    {
        var admin = await host.SignInAsNewUserAsync(Roles.Admin);
        await host.DeadLetterAsync();
        var page = await host.NewPageAsync();
        await page.SignInAsync(admin.Email);
        await page.WaitForURLAsync("**/admin/maintenance/board");

        await page.GetByRole(AriaRole.Link, new() { Name = "Dead letters" }).ClickAsync();
        var row = page.Locator("#dead-letters tr").Filter(new() { HasText = "maintenance.preventive-plan-due" });
        await row.GetByText("The plan's equipment could not be read", new() { Exact = false }).WaitForAsync();
        await row.GetByRole(AriaRole.Button, new() { Name = "Show message" }).ClickAsync();
        await page.Locator("#dead-letter-message").GetByText("planId", new() { Exact = false }).WaitForAsync();
        await page.ScreenshotAsync("dead-letter-message");

        await row.GetByRole(AriaRole.Button, new() { Name = "Replay" }).ClickAsync();

        // The host's durability agent takes it back to its queue; its handler finds no such plan and does nothing.
        await page.Locator("#no-dead-letters").WaitForAsync(new() { Timeout = 30_000 });
        (await host.ScalarAsync<long>("SELECT count(*) FROM wolverine.wolverine_dead_letters")).ShouldBe(0);
    }

    [Theory]
    [InlineData(Roles.Manager)]
    [InlineData(Roles.Technician)]
    public async Task Only_admins_see_the_section_and_the_api_refuses_anyone_else_who_opens_it(string role)
    {
        var user = await host.SignInAsNewUserAsync(role);
        var page = await host.NewPageAsync();
        await page.SignInAsync(user.Email);
        await page.Locator("#signed-in-as").WaitForAsync();

        (await page.GetByRole(AriaRole.Link, new() { Name = "Users and roles" }).CountAsync()).ShouldBe(0);
        (await page.GetByRole(AriaRole.Link, new() { Name = "Dead letters" }).CountAsync()).ShouldBe(0);
        await page.GotoAsync("/admin/users");
        await page.Locator("#users-problem").GetByText("Your role does not allow this", new() { Exact = false }).WaitForAsync();
        (await page.Locator("#users tbody tr td[data-label='E-mail']").CountAsync()).ShouldBe(0);
    }

    [Fact]
    public void The_ui_offers_every_role_the_api_knows() => RoleNames.All.ShouldBe(Roles.All);

}
