using Microsoft.Playwright;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Ui.Tests;

public sealed class AdminUiTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    private static async Task SignIn(IPage page, string email, string password)
    {
        await page.GotoAsync("/admin");
        await page.FillAsync("input[name=email]", email);
        await page.FillAsync("input[name=password]", password);
        await page.ClickAsync("#login-form button[type=submit]");
    }

    [Fact]
    public async Task A_manager_signs_in_registers_equipment_and_sees_it_listed()
    {
        var manager = await host.SignInAsNewUserAsync(Roles.Manager);
        var page = await host.NewPageAsync();

        await SignIn(page, manager.Email, ApiFactory.Password);
        await page.Locator("#list-title").GetByText("Equipment").WaitForAsync();
        await page.ClickAsync("#create summary");
        await page.FillAsync("#create-form input[name=name]", "Chiller 7");
        await page.FillAsync("#create-form input[name=type]", "chiller");
        await page.FillAsync("#create-form input[name=serialNumber]", "UI-CHILLER-7");
        await page.FillAsync("#create-form input[name=location]", "Plant room");
        await page.ClickAsync("#create-form button[type=submit]");

        await page.Locator("#list-body td").GetByText("UI-CHILLER-7", new() { Exact = true }).WaitForAsync();
        (await host.ScalarAsync<string>("SELECT name FROM maintenance.equipment WHERE serial_number = 'UI-CHILLER-7'")).ShouldBe("Chiller 7");
    }

    [Fact]
    public async Task A_refused_create_shows_the_field_named_by_the_api()
    {
        var manager = await host.SignInAsNewUserAsync(Roles.Manager);
        var page = await host.NewPageAsync();
        await SignIn(page, manager.Email, ApiFactory.Password);
        await page.Locator("#list-title").GetByText("Equipment").WaitForAsync();

        await page.ClickAsync("#create summary");
        await page.FillAsync("#create-form input[name=name]", "No serial");
        await page.ClickAsync("#create-form button[type=submit]");

        await page.Locator("#create-error").GetByText("serialNumber", new() { Exact = false }).WaitForAsync();
    }

    [Fact]
    public async Task A_wrong_password_shows_the_problem_detail()
    {
        var page = await host.NewPageAsync();

        await SignIn(page, "nobody@test.local", "Wrong-Passw0rd");

        await page.Locator("#login-error").GetByText("The e-mail or password is wrong.").WaitForAsync();
        (await page.Locator("#list-view").IsHiddenAsync()).ShouldBeTrue();
    }

    [Fact]
    public async Task A_member_sees_no_user_administration_and_no_create_form()
    {
        var member = await host.SignInAsNewUserAsync(Roles.Member);
        var page = await host.NewPageAsync();

        await SignIn(page, member.Email, ApiFactory.Password);
        await page.Locator("#list-title").GetByText("Equipment").WaitForAsync();

        (await page.Locator("#nav a").AllTextContentsAsync()).ShouldNotContain("Users");
        (await page.Locator("#create").IsHiddenAsync()).ShouldBeTrue();
    }

    [Fact]
    public async Task Signing_out_ends_the_session_on_the_server()
    {
        var admin = await host.SignInAsNewUserAsync(Roles.Admin);
        var page = await host.NewPageAsync();
        await SignIn(page, admin.Email, ApiFactory.Password);
        await page.Locator("#nav a").GetByText("Users").WaitForAsync();
        var token = await page.EvaluateAsync<string>("sessionStorage.getItem('ops.token')");

        await page.ClickAsync("#logout");
        await page.Locator("#login-view").WaitForAsync(new() { State = WaitForSelectorState.Visible });

        var http = host.CreateClient();
        http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        (await http.GetAsync("/api/auth/me")).StatusCode.ShouldBe(System.Net.HttpStatusCode.Unauthorized);
    }
}
