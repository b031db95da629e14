using System.Net;
using System.Net.Http.Headers;
using Microsoft.Playwright;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Ui.Tests;

/// <summary>A technician's own work, and who lands where after signing in and out.</summary>
public sealed class TechnicianAndSignInStories(BrowserHost host) : IClassFixture<BrowserHost>
{
    [Fact]
    public async Task A_technician_completes_their_own_work_order_and_gets_not_found_for_another()
    {
        var crew = await host.CrewAsync();
        var mine = await crew.RaiseAssignedAsync("Service the rooftop chiller");
        var otherTechnician = await host.SignInAsNewUserAsync(Roles.Technician);
        var otherTechnicianId = await crew.RegisterTechnicianAsync("Sam Spanner", otherTechnician.UserId);
        var theirs = await crew.RaiseAssignedAsync("Fix the lift door", otherTechnicianId);
        var page = await host.NewPageAsync();

        await page.SignInAsync(crew.Technician.Email);
        await page.WaitForURLAsync("**/admin/maintenance/work-orders");
        await page.Heading().GetByText("My work").WaitForAsync();
        await page.Locator("#work-orders").GetByText("Service the rooftop chiller").WaitForAsync();
        (await page.Locator("#work-orders").GetByText("Fix the lift door").CountAsync()).ShouldBe(0);
        await page.ScreenshotAsync("my-work");

        await page.Locator("#work-orders").GetByRole(AriaRole.Link, new() { Name = "Service the rooftop chiller" }).ClickAsync();
        await page.Locator("#work-order-title").GetByText("Service the rooftop chiller").WaitForAsync();
        (await page.Locator("#cancel").CountAsync()).ShouldBe(0, "cancelling is for managers");
        (await page.Locator("#assign").CountAsync()).ShouldBe(0, "assigning is for managers");
        await page.ClickAsync("#move-in_progress");
        await page.Locator("#work-order-status [data-status='in_progress']").WaitForAsync();
        await page.Locator("#add-log textarea").FillAsync("Replaced the pressure switch; ran for 30 minutes without a trip.");
        await page.Locator("#add-log input[name=minutesSpent]").FillAsync("45");
        await page.ClickAsync("#add-log-submit");
        await page.Locator("#timeline").GetByText("Replaced the pressure switch", new() { Exact = false }).WaitForAsync();
        await page.ClickAsync("#move-completed");
        await page.Locator("#work-order-status [data-status='completed']").WaitForAsync();
        await page.ScreenshotAsync("work-order-technician");
        (await host.ScalarAsync<string>("SELECT status FROM maintenance.mt_doc_work_order WHERE id = $1", mine)).ShouldBe("Completed");
        (await page.Locator("#moves button[id^='move-']").CountAsync()).ShouldBe(0, "closing is for managers");

        await page.GotoAsync($"/admin/maintenance/work-orders/{theirs}");
        await page.Locator("#not-found").WaitForAsync();
    }

    [Fact]
    public async Task A_refused_log_shows_the_api_message_at_its_field_and_keeps_what_was_typed()
    {
        var crew = await host.CrewAsync();
        var id = await crew.RaiseAssignedAsync("Bleed the radiators");
        var page = await host.NewPageAsync();
        await page.SignInAsync(crew.Technician.Email);
        await page.WaitForURLAsync("**/admin/maintenance/work-orders");

        await page.GotoAsync($"/admin/maintenance/work-orders/{id}");
        await page.Locator("#add-log textarea").FillAsync("Bled all radiators on floor 2.");
        await page.Locator("#add-log input[name=minutesSpent]").FillAsync("2000");
        await page.ClickAsync("#add-log-submit");

        await page.Locator("#add-log .mud-input-helper-text").GetByText("'minutesSpent' is from 0 to 1440 (one day).").WaitForAsync();
        await page.Locator("#add-log-problem").GetByText("One or more fields are invalid.").WaitForAsync();
        await page.ScreenshotAsync("log-refused");
        (await page.Locator("#add-log textarea").InputValueAsync()).ShouldBe("Bled all radiators on floor 2.");
        (await host.ScalarAsync<long>("SELECT count(*) FROM maintenance.mt_doc_maintenance_log WHERE work_order_id = $1", id)).ShouldBe(0);
    }

    [Fact]
    public async Task Signing_out_then_in_as_another_user_lands_on_that_users_own_page()
    {
        var crew = await host.CrewAsync();
        var page = await host.NewPageAsync();
        await page.SignInAsync(crew.Manager.Email);
        await page.WaitForURLAsync("**/admin/maintenance/board");
        await page.ScreenshotAsync("signed-in-manager");

        await page.SignOutAsync();
        await page.SignInAsync(crew.Technician.Email);

        await page.WaitForURLAsync("**/admin/maintenance/work-orders");
        await page.Heading().GetByText("My work").WaitForAsync();
        (await page.Locator("#signed-in-as").TextContentAsync() ?? "").ShouldContain("Technician");
        (await page.GetByRole(AriaRole.Link, new() { Name = "Work order board" }).CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task Signing_out_ends_the_session_on_the_server()
    {
        var manager = await host.SignInAsNewUserAsync(Roles.Manager);
        var page = await host.NewPageAsync();
        await page.SignInAsync(manager.Email);
        await page.WaitForURLAsync("**/admin/maintenance/board");

        await page.SignOutAsync();

        // The circuit's token is gone with it: a new page in the same tab asks to sign in again.
        await page.GotoAsync("/admin/maintenance/board");
        await page.WaitForURLAsync("**/admin/sign-in?returnUrl=*");
        (await host.ScalarAsync<long>("SELECT count(*) FROM identity.sessions WHERE user_id = $1 AND revoked_at IS NULL", manager.UserId)).ShouldBe(1,
            "only the test's own API session is left");
    }

    [Fact]
    public async Task A_wrong_password_shows_the_apis_message_and_stays_on_sign_in()
    {
        var page = await host.NewPageAsync();

        await page.SignInAsync("nobody@test.local", "Wrong-Passw0rd");

        await page.Locator("#sign-in-error").GetByText("The e-mail or password is wrong.").WaitForAsync();
        await page.ScreenshotAsync("sign-in-refused");
        page.Url.ShouldEndWith("/admin/sign-in");
    }
}
