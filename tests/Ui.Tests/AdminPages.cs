using Microsoft.Playwright;

namespace OpsPlatform.Ui.Tests;

/// <summary>What a person does on the admin UI's own screens, and screenshots when <c>OPS_SCREENSHOTS</c> names a folder.</summary>
internal static class AdminPages
{
    public static async Task SignInAsync(this IPage page, string email, string password = ApiFactory.Password)
    {
        await page.GotoAsync("/admin/sign-in");
        await page.GetByLabel("E-mail").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
    }

    public static async Task SignOutAsync(this IPage page)
    {
        await page.ClickAsync("#sign-out");
        await page.WaitForURLAsync("**/admin/sign-in");
    }

    public static ILocator Heading(this IPage page) => page.Locator("h1");

    /// <summary>The board card of a work order, in the column of a status (the API's word, e.g. <c>in_progress</c>).</summary>
    public static ILocator BoardCard(this IPage page, string status, string title) =>
        page.Locator($"[data-column='{status}'] .board-card").Filter(new() { HasText = title });

    /// <summary>Opens a MudBlazor select and picks an option (its popover opens once the component's script is ready).</summary>
    public static async Task PickAsync(this IPage page, string select, string option)
    {
        var item = page.GetByRole(AriaRole.Option).Filter(new() { HasText = option });
        for (var attempt = 1; ; attempt++)
        {
            await page.ClickAsync(select);
            try
            {
                await item.WaitForAsync(new() { Timeout = 3_000 });
                break;
            }
            catch (TimeoutException) when (attempt < 3)
            {
            }
        }
        await item.ClickAsync();
    }

    public static async Task ScreenshotAsync(this IPage page, string name)
    {
        if (Environment.GetEnvironmentVariable("OPS_SCREENSHOTS") is not { Length: > 0 } folder) return;
        Directory.CreateDirectory(folder);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await page.ScreenshotAsync(new() { Path = Path.Combine(folder, $"{name}.png"), FullPage = false });
    }
}
