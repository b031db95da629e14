using System.Net;
using System.Net.Http.Json;
using Microsoft.Playwright;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Ui.Tests;

public sealed partial class ManagerBoardStories
{
    [Fact]
    public async Task A_manager_checks_out_a_laptop_to_a_member_whose_my_assets_page_shows_it_without_a_reload()
    {
        var manager = await host.SignInAsNewUserAsync(Roles.Manager);
        var member = await host.SignInAsNewUserAsync(Roles.Member);
        var tag = $"LT-{Guid.NewGuid():N}"[..12].ToUpperInvariant();
        var laptop = (await (await manager.Http.PostAsJsonAsync("/api/it-assets/hardware", new { assetTag = tag, name = "ThinkPad X1", category = "laptop" }))
            .ShouldHaveStatus(HttpStatusCode.Created)).GetProperty("id").GetGuid();

        var memberPage = await host.NewPageAsync();
        await memberPage.SignInAsync(member.Email);
        await memberPage.WaitForURLAsync("**/admin/maintenance/work-orders");
        await memberPage.GotoAsync("/admin/it-assets/my");
        await memberPage.Locator("#no-my-hardware").WaitForAsync();
        await memberPage.Locator("#live-badge").GetByText("Live").WaitForAsync();

        var page = await host.NewPageAsync();
        await page.SignInAsync(manager.Email);
        await page.WaitForURLAsync("**/admin/maintenance/board");
        await page.GotoAsync($"/admin/it-assets/hardware/{laptop}");
        await page.Locator("#hardware-stage [data-stage='in_stock']").WaitForAsync();
        (await page.Locator("button[id^='stage-']").AllTextContentsAsync()).Select(t => t.Trim()).ShouldBe(["Send to repair", "Retire"]);
        await page.Locator("#check-out-form input[name=assignedTo]").FillAsync(member.Email);
        await page.Locator(".mud-popover-open").GetByText(member.Email, new() { Exact = false }).ClickAsync();
        await page.ClickAsync("#check-out");

        await page.Locator("#hardware-stage [data-stage='deployed']").WaitForAsync();
        await page.Locator("#timeline").GetByText("Checked out to Person", new() { Exact = false }).WaitForAsync();
        await page.Locator("#check-in").WaitForAsync();
        await memberPage.Locator("#my-hardware [data-hardware='" + tag + "']").WaitForAsync(new() { Timeout = 5_000 });
        (await memberPage.Locator("#my-hardware").TextContentAsync() ?? "").ShouldContain("Deployed");
    }
}
