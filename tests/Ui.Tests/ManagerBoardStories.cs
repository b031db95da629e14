using System.Net;
using System.Net.Http.Json;
using Microsoft.Playwright;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Ui.Tests;

/// <summary>
/// A manager's day on the board and on a work order's page, handing out IT assets (<c>.ItAssets.cs</c>) and approving
/// project time (<c>.Psa.cs</c>), with changes arriving from other people. One host for all of them.
/// </summary>
public sealed partial class ManagerBoardStories(BrowserHost host) : IClassFixture<BrowserHost>
{
    [Fact]
    public async Task A_manager_lands_on_the_board_and_sees_the_work_order_a_failed_inspection_raises_without_a_reload()
    {
        var crew = await host.CrewAsync();
        await crew.RaiseAssignedAsync("Replace chiller belt");
        var page = await host.NewPageAsync();

        await page.SignInAsync(crew.Manager.Email);

        await page.WaitForURLAsync("**/admin/maintenance/board");
        await page.BoardCard("assigned", "Replace chiller belt").WaitForAsync();
        await page.Locator("#live-badge").GetByText("Live").WaitForAsync();

        // An inspector at a client site records a failing inspection through the API; the bus raises a work order.
        var (siteId, inspector) = await SiteWithInspectorAsync(crew.Manager);
        await (await inspector.Http.PostAsJsonAsync("/api/janitorial/inspections", new
        {
            siteId,
            inspectionDate = "2026-11-20",
            score = 40,
            findings = "Restrooms not restocked; lobby floor streaked",
            correctiveActions = "Restock and re-mop",
        })).ShouldHaveStatus(HttpStatusCode.Created);

        var raised = page.Locator("[data-column='open'] .board-card").Filter(new() { HasText = "Harbour Office" });
        await raised.WaitForAsync(new() { Timeout = 10_000 });
        await page.ScreenshotAsync("board");
    }

    [Fact]
    public async Task The_board_moves_a_card_when_the_technician_starts_work_through_the_api()
    {
        var crew = await host.CrewAsync();
        var id = await crew.RaiseAssignedAsync("Descale the boiler");
        var page = await host.NewPageAsync();
        await page.SignInAsync(crew.Manager.Email);
        await page.BoardCard("assigned", "Descale the boiler").WaitForAsync();
        await page.Locator("#live-badge").GetByText("Live").WaitForAsync();

        await (await crew.Technician.Http.PostAsJsonAsync($"/api/maintenance/work-orders/{id}/status", new { status = "in_progress" }))
            .ShouldHaveStatus(HttpStatusCode.OK);

        await page.BoardCard("in_progress", "Descale the boiler").WaitForAsync();
        (await page.BoardCard("assigned", "Descale the boiler").CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task A_manager_assigns_from_the_suggestions_and_the_page_offers_only_the_allowed_moves()
    {
        var crew = await host.CrewAsync();
        var id = await crew.RaiseAsync("Check the sprinkler valves");
        var page = await host.NewPageAsync();
        await page.SignInAsync(crew.Manager.Email);
        await page.WaitForURLAsync("**/admin/maintenance/board");

        await page.GotoAsync($"/admin/maintenance/work-orders/{id}");
        await page.Locator("#work-order-title").GetByText("Check the sprinkler valves").WaitForAsync();
        (await page.Locator("#moves button[id^='move-']").CountAsync()).ShouldBe(0, "an open work order moves on by being assigned");
        await page.Locator("#cancel").WaitForAsync();

        await page.PickAsync("#assign-technician", crew.TechnicianName);
        await page.ClickAsync("#assign-submit");

        await page.Locator("#work-order-status [data-status='assigned']").WaitForAsync();
        await page.Locator("#technician").GetByText(crew.TechnicianName).WaitForAsync();
        await page.Locator("#move-in_progress").WaitForAsync();
        await page.Locator("#timeline").GetByText("Open → Assigned").WaitForAsync();
        await page.ScreenshotAsync("work-order-manager");
    }

    [Fact]
    public async Task A_refused_raise_shows_each_message_at_its_field_keeps_the_text_and_the_corrected_one_opens_the_work_order()
    {
        var crew = await host.CrewAsync();
        var page = await host.NewPageAsync();
        await page.SignInAsync(crew.Manager.Email);
        await page.WaitForURLAsync("**/admin/maintenance/board");
        await page.GotoAsync("/admin/maintenance/work-orders");
        await page.ClickAsync("#raise-link");
        await page.Heading().GetByText("Raise a work order").WaitForAsync();

        await page.GetByLabel("Title", new() { Exact = true }).FillAsync("Lobby lights flicker");
        await page.ClickAsync("#raise-submit");

        await page.Locator("#raise .mud-input-helper-text").GetByText("'Description' must not be empty.").WaitForAsync();
        await page.Locator("#raise .mud-input-helper-text").GetByText("Name the equipment ('equipmentId')", new() { Exact = false }).First.WaitForAsync();
        await page.ScreenshotAsync("raise-refused");
        (await page.GetByLabel("Title", new() { Exact = true }).InputValueAsync()).ShouldBe("Lobby lights flicker");

        await page.GetByLabel("What is wrong").FillAsync("Every light in the lobby flickers after 6 pm.");
        await page.PickAsync("#raise-equipment", "Rooftop chiller");
        await page.ClickAsync("#raise-submit");

        await page.Locator("#work-order-title").GetByText("Lobby lights flicker").WaitForAsync();
        (await host.ScalarAsync<long>("SELECT count(*) FROM maintenance.mt_doc_work_order WHERE title = 'Lobby lights flicker' AND equipment_id = $1", crew.EquipmentId)).ShouldBe(1);
    }

    [Fact]
    public async Task The_list_filters_by_search_and_pages()
    {
        var crew = await host.CrewAsync();
        await crew.RaiseAsync("Unblock the roof drain");
        await crew.RaiseAsync("Repaint the loading bay");
        var page = await host.NewPageAsync();
        await page.SignInAsync(crew.Manager.Email);
        await page.WaitForURLAsync("**/admin/maintenance/board");

        await page.GotoAsync("/admin/maintenance/work-orders");
        await page.GetByLabel("Search title and description").FillAsync("drain");
        await page.Keyboard.PressAsync("Enter");

        await page.WaitForURLAsync("**/admin/maintenance/work-orders?q=drain");
        await page.Locator("#work-orders").GetByText("Repaint the loading bay").WaitForAsync(new() { State = WaitForSelectorState.Detached });
        await page.Locator("#work-orders").GetByText("Unblock the roof drain").WaitForAsync();
        await page.ScreenshotAsync("work-orders-list");
    }

    private async Task<(Guid SiteId, SignedInClient Inspector)> SiteWithInspectorAsync(SignedInClient manager)
    {
        var inspector = await host.SignInAsNewUserAsync(Roles.Inspector);
        var site = await manager.SiteAsync("Harbour Office", (inspector.UserId, "inspector"));
        return (site.Id, inspector);
    }
}
