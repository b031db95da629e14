using System.Net;
using System.Net.Http.Json;
using Microsoft.Playwright;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Ui.Tests;

/// <summary>The janitorial screens as an inspector, a manager, a cleaning technician and a client use them.</summary>
public sealed class JanitorialStories(BrowserHost host) : IClassFixture<BrowserHost>
{
    // A 1×1 PNG: the API types uploads from their bytes.
    private static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    [Fact]
    public async Task An_inspector_records_a_failing_inspection_with_a_photo_and_the_managers_board_shows_the_raised_work_order_without_a_reload()
    {
        var manager = await host.SignInAsNewUserAsync(Roles.Manager);
        var inspector = await host.SignInAsNewUserAsync(Roles.Inspector);
        var site = await manager.SiteAsync("Pier Office", (inspector.UserId, "inspector"));
        var board = await host.NewPageAsync();
        await board.SignInAsync(manager.Email);
        await board.WaitForURLAsync("**/admin/maintenance/board");
        await board.Locator("#live-badge").GetByText("Live").WaitForAsync();

        var page = await host.NewPageAsync();
        await page.SignInAsync(inspector.Email);
        await page.WaitForURLAsync("**/admin/maintenance/work-orders");
        await page.GetByRole(AriaRole.Link, new() { Name = "Inspections" }).ClickAsync();
        await page.ClickAsync("#record-link");
        await page.PickAsync("#record-site", site.Name);
        await page.ClickAsync("#record-submit");
        await page.Locator("#record .mud-input-helper-text").GetByText("'Findings' must not be empty.").WaitForAsync();

        await page.Locator("#record input[name=score]").FillAsync("45");
        await page.GetByLabel("Findings").FillAsync("Lobby floor streaked; restroom bins full");
        await page.GetByLabel("Corrective actions (optional)").FillAsync("Re-mop the lobby, empty bins");
        await page.ClickAsync("#record-submit");

        await page.Locator("#inspection-outcome [data-passed='false']").WaitForAsync();
        (await page.Locator("#score-value").TextContentAsync()).ShouldBe("45");
        await page.Locator("#photos input[type=file]").SetInputFilesAsync(new FilePayload { Name = "lobby.png", MimeType = "image/png", Buffer = Png });
        await page.Locator("#photos img[alt='lobby.png'][src^='blob:']").WaitForAsync();
        await page.ScreenshotAsync("inspection-recorded-with-photo");
        await page.GetByRole(AriaRole.Button, new() { Name = "Remove lobby.png" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Remove", Exact = true }).ClickAsync();
        await page.Locator("#no-photos").WaitForAsync();

        var raised = board.Locator("[data-column='open'] .board-card").Filter(new() { HasText = site.Name });
        await raised.WaitForAsync(new() { Timeout = 10_000 });
    }

    [Fact]
    public async Task A_correction_made_meanwhile_by_someone_else_is_a_conflict_that_reloads_and_keeps_what_was_typed()
    {
        var manager = await host.SignInAsNewUserAsync(Roles.Manager);
        var inspector = await host.SignInAsNewUserAsync(Roles.Inspector);
        var site = await manager.SiteAsync("Quay Lofts", (inspector.UserId, "inspector"));
        var id = await inspector.InspectionAsync(site.Id, score: 92, findings: "All floors clean");
        var page = await host.NewPageAsync();
        await page.SignInAsync(inspector.Email);
        await page.WaitForURLAsync("**/admin/maintenance/work-orders");
        await page.GotoAsync($"/admin/janitorial/inspections/{id}");
        await page.ClickAsync("#correct-open");
        await page.Locator("#correct").GetByLabel("Findings").FillAsync("All floors clean; one stairwell light out");

        var version = await host.ScalarAsync<int>("SELECT (data->>'Version')::int FROM janitorial.mt_doc_site_inspection WHERE id = $1", id);
        await (await manager.Http.PutAsJsonAsync($"/api/janitorial/inspections/{id}", new
        {
            inspectionDate = DateTime.UtcNow.ToString("yyyy-MM-dd"), score = 88, findings = "Checked again by the manager", version,
        })).ShouldHaveStatus(HttpStatusCode.OK);
        await page.ClickAsync("#correct-submit");

        await page.ClickAsync("#correct-problem-reload");
        (await page.Locator("#correct").GetByLabel("Findings").InputValueAsync()).ShouldBe("All floors clean; one stairwell light out");
        await page.Locator("#findings").GetByText("Checked again by the manager").WaitForAsync();
        await page.ClickAsync("#correct-submit");

        await page.Locator("#findings").GetByText("one stairwell light out", new() { Exact = false }).WaitForAsync();
        (await host.ScalarAsync<string>("SELECT data->>'Findings' FROM janitorial.mt_doc_site_inspection WHERE id = $1", id)).ShouldBe("All floors clean; one stairwell light out");
    }

    [Fact]
    public async Task A_manager_consumes_stock_below_its_reorder_level_and_the_technicians_inventory_highlights_it_live()
    {
        var manager = await host.SignInAsNewUserAsync(Roles.Manager);
        var technician = await host.SignInAsNewUserAsync(Roles.Technician);
        var site = await manager.SiteAsync("Dock Store", (technician.UserId, "technician"));
        var sku = await manager.SupplyAsync(site.Id, "Paper towels", onHand: 12, reorderLevel: 10);
        var watching = await host.NewPageAsync();
        await watching.SignInAsync(technician.Email);
        await watching.WaitForURLAsync("**/admin/maintenance/work-orders");
        await watching.GotoAsync($"/admin/janitorial/inventory?siteId={site.Id}");
        await watching.Locator($"[data-sku='{sku}'][data-low='false']").WaitForAsync();
        await watching.Locator("#live-badge").GetByText("Live").WaitForAsync();

        var page = await host.NewPageAsync();
        await page.SignInAsync(manager.Email);
        await page.WaitForURLAsync("**/admin/maintenance/board");
        await page.GotoAsync($"/admin/janitorial/sites/{site.Id}");
        await page.Locator("#site-title").GetByText(site.Name).WaitForAsync();
        await page.ClickAsync($"#stock-{sku}");
        await page.Locator("#stock-move input[name=quantity]").FillAsync("20");
        await page.ClickAsync("#consume");
        await page.Locator("#stock-move .mud-input-helper-text").GetByText("on hand", new() { Exact = false }).WaitForAsync();
        (await page.Locator("#stock-move input[name=quantity]").InputValueAsync()).ShouldBe("20");

        await page.Locator("#stock-move input[name=quantity]").FillAsync("3");
        await page.ClickAsync("#consume");

        await page.Locator("#stock-move-done").GetByText("9 case on hand now", new() { Exact = false }).WaitForAsync();
        await page.Locator($"#site-inventory [data-sku='{sku}'][data-low='true']").WaitForAsync();
        await watching.Locator($"[data-sku='{sku}'][data-low='true']").WaitForAsync();
        await watching.ScreenshotAsync("inventory-highlighted-live");
    }

    [Fact]
    public async Task A_technician_starts_a_cleaning_from_the_week_calendar_and_the_managers_calendar_follows_without_a_reload()
    {
        var manager = await host.SignInAsNewUserAsync(Roles.Manager);
        var technician = await host.SignInAsNewUserAsync(Roles.Technician);
        var site = await manager.SiteAsync("Ferry Terminal", (technician.UserId, "technician"));
        var day = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(1);
        var cleaningId = await manager.CleaningAsync(site.Id, technician.UserId, day);
        var watching = await host.NewPageAsync();
        await watching.SignInAsync(manager.Email);
        await watching.WaitForURLAsync("**/admin/maintenance/board");
        await watching.GotoAsync($"/admin/janitorial/calendar?week={day:yyyy-MM-dd}");
        var managersCard = watching.Locator($"#calendar [data-cleaning='{cleaningId}']");
        await managersCard.Locator("[data-status='scheduled']").WaitForAsync();
        await watching.Locator("#live-badge").GetByText("Live").WaitForAsync();
        var page = await host.NewPageAsync();
        await page.SignInAsync(technician.Email);
        await page.WaitForURLAsync("**/admin/maintenance/work-orders");

        await page.GotoAsync($"/admin/janitorial/calendar?week={day:yyyy-MM-dd}");
        var card = page.Locator($"#calendar td[data-day='{day:yyyy-MM-dd}'] [data-cleaning='{cleaningId}']");
        await card.GetByText(site.Name).WaitForAsync();
        (await page.Locator("#calendar tbody th").First.TextContentAsync()).ShouldBe("You");
        await card.Locator("[data-move='in_progress']").ClickAsync();

        await card.Locator("[data-status='in_progress']").WaitForAsync();
        await card.Locator("[data-move='completed']").WaitForAsync();
        (await host.ScalarAsync<string>("SELECT status FROM janitorial.mt_doc_cleaning_schedule WHERE id = $1", cleaningId)).ShouldBe("InProgress");
        await managersCard.Locator("[data-status='in_progress']").WaitForAsync();
        await page.ClickAsync("#next-week");
        await page.Locator("#no-cleanings").WaitForAsync();
    }

    [Fact]
    public async Task A_client_sees_only_their_own_sites()
    {
        var manager = await host.SignInAsNewUserAsync(Roles.Manager);
        var client = await host.SignInAsNewUserAsync(Roles.Client);
        var theirs = await manager.SiteAsync("Harbour Office", (client.UserId, "client"));
        var other = await manager.SiteAsync("Globex Clinic");
        await manager.InspectionAsync(theirs.Id, score: 91, findings: "Reception spotless");
        await manager.InspectionAsync(other.Id, score: 50, findings: "Waiting room dusty");
        var page = await host.NewPageAsync();

        await page.SignInAsync(client.Email);

        await page.WaitForURLAsync("**/admin/janitorial/sites");
        await page.Locator("#sites").GetByRole(AriaRole.Link, new() { Name = theirs.Name }).WaitForAsync();
        (await page.Locator("#sites").GetByText(other.Name).CountAsync()).ShouldBe(0);
        (await page.GetByRole(AriaRole.Link, new() { Name = "Cleaning calendar" }).CountAsync()).ShouldBe(0);
        (await page.GetByRole(AriaRole.Link, new() { Name = "Inventory" }).CountAsync()).ShouldBe(0);
        await page.ScreenshotAsync("client-own-sites");

        await page.Locator("#sites").GetByRole(AriaRole.Link, new() { Name = theirs.Name }).ClickAsync();
        await page.Locator("#site-title").GetByText(theirs.Name).WaitForAsync();
        await page.Locator("#scorecard").WaitForAsync();
        (await page.Locator("#site-inventory").CountAsync()).ShouldBe(0);

        await page.GotoAsync($"/admin/janitorial/sites/{other.Id}");
        await page.Locator("#not-found").WaitForAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Inspections" }).ClickAsync();
        await page.Locator("#inspections").GetByText(theirs.Name).WaitForAsync();
        (await page.Locator("#inspections tbody tr").CountAsync()).ShouldBe(1, "the client sees their granted site's inspection only");
        (await page.Locator("#record-link").CountAsync()).ShouldBe(0, "clients do not record inspections");
    }
}
