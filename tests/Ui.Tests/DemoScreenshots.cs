using Microsoft.Playwright;

namespace OpsPlatform.Ui.Tests;

/// <summary>The host with its demo data (the demo logins of the README), so docs/screenshots show what a newcomer sees.</summary>
public sealed class DemoHost : BrowserHost
{
    public DemoHost() => WithSetting("Seed:Demo", "true");
}

/// <summary>
/// The main screens on the demo data a newcomer signs in to (the README's logins), in every run; with
/// <c>OPS_SCREENSHOTS=$PWD/docs/screenshots dotnet test tests/Ui.Tests --filter DemoScreenshots</c> they also retake the
/// docs' screenshots.
/// </summary>
public sealed class DemoScreenshots(DemoHost host) : IClassFixture<DemoHost>
{
    private const string Password = "Demo-Passw0rd!";

    [Fact]
    public async Task Manager_screens()
    {
        var page = await host.NewPageAsync();
        await page.SignInAsync("manager@ops.local", Password);
        await page.BoardCard("in_progress", "HVAC unit noisy").WaitForAsync();
        await page.ScreenshotAsync("manager-board");

        await page.GotoAsync("/admin/maintenance/work-orders");
        await page.Locator("#work-orders").GetByText("Boiler pressure low").WaitForAsync();
        await page.ScreenshotAsync("manager-work-orders");

        await page.Locator("#work-orders").GetByRole(AriaRole.Link, new() { Name = "Boiler pressure low" }).ClickAsync();
        await page.Locator("#assign-technician").WaitForAsync();
        await page.ClickAsync("#assign-technician");
        await page.GetByRole(AriaRole.Option).First.WaitForAsync();
        await page.ScreenshotAsync("manager-work-order-assign");
        await page.Keyboard.PressAsync("Escape");

        await page.GotoAsync("/admin/maintenance/equipment");
        await page.Locator("#equipment").GetByRole(AriaRole.Link, new() { Name = "Rooftop HVAC unit 1" }).ClickAsync();
        await page.Locator("#equipment-history").GetByText("HVAC unit noisy").First.WaitForAsync();
        await page.ScreenshotAsync("manager-equipment-history");
    }

    [Fact]
    public async Task Technician_screens()
    {
        var page = await host.NewPageAsync();
        await page.SignInAsync("technician@ops.local", Password);
        await page.Locator("#work-orders").GetByText("HVAC unit noisy").WaitForAsync();
        await page.ScreenshotAsync("technician-my-work");

        await page.Locator("#work-orders").GetByRole(AriaRole.Link, new() { Name = "HVAC unit noisy" }).ClickAsync();
        await page.Locator("#timeline").GetByText("Fan blade loose", new() { Exact = false }).WaitForAsync();
        await page.ScreenshotAsync("technician-work-order");

        await page.SetViewportSizeAsync(800, 1100);
        await page.ScreenshotAsync("technician-work-order-tablet");
    }

    [Fact]
    public async Task Janitorial_screens()
    {
        var page = await host.NewPageAsync();
        await page.SignInAsync("manager@ops.local", Password);
        await page.WaitForURLAsync("**/admin/maintenance/board");

        await page.GotoAsync("/admin/janitorial/sites");
        await page.Locator("#sites").GetByRole(AriaRole.Link, new() { Name = "Acme Headquarters" }).ClickAsync();
        await page.Locator("#scorecard svg").First.WaitForAsync();
        await page.Locator("#site-inventory").GetByText("Paper towels").WaitForAsync();
        await page.ScreenshotAsync("janitorial-site");

        // The demo's cleanings start tomorrow.
        await page.GotoAsync($"/admin/janitorial/calendar?week={DateTime.UtcNow.AddDays(1):yyyy-MM-dd}");
        await page.Locator("#calendar").GetByText("Acme Warehouse").First.WaitForAsync();
        await page.ScreenshotAsync("janitorial-calendar");

        await page.GotoAsync("/admin/janitorial/inventory");
        await page.Locator("#inventory [data-low='true']").GetByText("Paper towels").WaitForAsync();
        await page.ScreenshotAsync("janitorial-inventory");

        await page.GotoAsync("/admin/janitorial/inspections");
        await page.Locator("#inspections [data-passed='false']").First.WaitForAsync();
        await page.ScreenshotAsync("janitorial-inspections");
        await page.Locator("#inspections a[data-inspection]").First.ClickAsync();
        await page.Locator("#score-value").WaitForAsync();
        await page.ScreenshotAsync("janitorial-inspection");
    }

    [Fact]
    public async Task Planning_screens()
    {
        var page = await host.NewPageAsync();
        await page.SignInAsync("manager@ops.local", Password);
        await page.WaitForURLAsync("**/admin/maintenance/board");

        await page.GotoAsync("/admin/maintenance/technicians");
        await page.Locator("#technicians").GetByText("Bo Boilers").WaitForAsync();
        await page.ScreenshotAsync("manager-technicians");
        await page.Locator("#technicians").GetByRole(AriaRole.Link, new() { Name = "Tess Technician" }).ClickAsync();
        await page.Locator("#technician-skills").GetByText("hvac · 4").WaitForAsync();
        await page.Locator("#agenda").WaitForAsync();
        await page.ScreenshotAsync("manager-technician-week");

        await page.GotoAsync("/admin/maintenance/plans");
        await page.Locator("#plans").GetByText("Monthly HVAC inspection").WaitForAsync();
        await page.ScreenshotAsync("manager-preventive-plans");

        await page.GotoAsync("/admin/maintenance/reports");
        await page.Locator("#open-report svg").First.WaitForAsync();
        await page.ScreenshotAsync("manager-reports");
    }

    [Fact]
    public async Task Admin_screens()
    {
        await host.DeadLetterAsync();
        var page = await host.NewPageAsync();
        await page.SignInAsync("admin@ops.local", Password);
        await page.WaitForURLAsync("**/admin/maintenance/board");

        await page.GotoAsync("/admin/users");
        var manager = page.Locator("#users tr").Filter(new() { HasText = "manager@ops.local" });
        await manager.WaitForAsync();
        await page.ScreenshotAsync("admin-users");
        await manager.GetByRole(AriaRole.Button, new() { Name = "Change roles" }).ClickAsync();
        await page.Locator("#role-editor").WaitForAsync();
        await page.ScreenshotAsync("admin-user-roles");

        await page.GotoAsync("/admin/dead-letters");
        await page.Locator("#dead-letters").GetByText("maintenance.preventive-plan-due").First.WaitForAsync();
        await page.ScreenshotAsync("admin-dead-letters");
    }

    [Fact]
    public async Task It_assets_screens()
    {
        var page = await host.NewPageAsync();
        await page.SignInAsync("manager@ops.local", Password);
        await page.WaitForURLAsync("**/admin/maintenance/board");

        await page.GotoAsync("/admin/it-assets/hardware");
        await page.Locator("#hardware [data-hardware='LT-0001']").WaitForAsync();
        await page.ScreenshotAsync("it-hardware");
        await page.ClickAsync("#hardware [data-hardware='LT-0001']");
        await page.Locator("#timeline").GetByText("Checked out to", new() { Exact = false }).First.WaitForAsync();
        await page.Locator("#check-in").WaitForAsync();
        await page.ScreenshotAsync("it-hardware-page");

        await page.GotoAsync("/admin/it-assets/licenses");
        await page.Locator("#licenses [data-seat-state='expired']").WaitForAsync();
        await page.ScreenshotAsync("it-licenses");

        await page.GotoAsync("/admin/it-assets/compliance");
        await page.Locator("#expired-in-use").GetByText("Visio 2016").WaitForAsync();
        await page.ScreenshotAsync("it-compliance");

        var technician = await host.NewPageAsync();
        await technician.SignInAsync("technician@ops.local", Password);
        await technician.WaitForURLAsync("**/admin/maintenance/work-orders");
        await technician.GotoAsync("/admin/it-assets/my");
        await technician.Locator("#my-hardware [data-hardware='LT-0001']").WaitForAsync();
        await technician.ScreenshotAsync("it-my-assets");
    }

    [Fact]
    public async Task Project_screens()
    {
        var manager = await host.SignInAsync("manager@ops.local", Password);
        var projects = await (await manager.GetAsync("/api/psa/projects?pageSize=100")).ShouldHaveStatus(System.Net.HttpStatusCode.OK);
        var erp = projects.GetProperty("items").EnumerateArray().Single(p => p.GetProperty("code").GetString() == "ACME-ERP").GetProperty("id").GetGuid();
        using var file = new System.Net.Http.MultipartFormDataContent { { new System.Net.Http.StringContent("Cut-over on Saturday; freeze on Friday 18:00."), "file", "go-live-plan.txt" } };
        var document = (await (await manager.PostAsync($"/api/psa/projects/{erp}/documents?title=Go-live%20plan&sharedWithClients=true", file))
            .ShouldHaveStatus(System.Net.HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var client = await host.SignInAsync("client@ops.local", Password);
        await (await client.GetAsync($"/api/psa/documents/{document}")).ShouldHaveStatus(System.Net.HttpStatusCode.OK);

        var page = await host.NewPageAsync();
        await page.SignInAsync("manager@ops.local", Password);
        await page.WaitForURLAsync("**/admin/maintenance/board");
        await page.GotoAsync("/admin/psa/projects");
        await page.Locator("#projects [data-project='ACME-ERP']").WaitForAsync();
        await page.ScreenshotAsync("psa-projects");

        await page.ClickAsync("#projects [data-project='ACME-ERP']");
        await page.Locator("#task-board [data-task='Migrate open purchase orders']").WaitForAsync();
        await page.ScreenshotAsync("psa-project-board");
        await page.GetByRole(AriaRole.Tab, new() { Name = "Time" }).ClickAsync();
        await page.Locator("#time-entries").WaitForAsync();
        await page.ScreenshotAsync("psa-project-time");

        await page.GotoAsync($"/admin/psa/documents/{document}");
        await page.Locator("#access-log [data-access='view']").First.WaitForAsync();
        await page.ScreenshotAsync("psa-document-access-log");
    }

    [Fact]
    public async Task Client_screens()
    {
        var page = await host.NewPageAsync();
        await page.SignInAsync("client@ops.local", Password);
        await page.WaitForURLAsync("**/admin/janitorial/sites");
        await page.Locator("#sites").GetByText("Acme Warehouse").WaitForAsync();
        (await page.Locator("#sites").GetByText("Globex Clinic").CountAsync()).ShouldBe(0);
        await page.ScreenshotAsync("client-sites");
    }

    [Fact]
    public async Task Sign_in_screen()
    {
        var page = await host.NewPageAsync();
        await page.GotoAsync("/admin");
        await page.WaitForURLAsync("**/admin/sign-in");
        await page.GetByLabel("E-mail").WaitForAsync();
        await page.ScreenshotAsync("sign-in");
    }
}
