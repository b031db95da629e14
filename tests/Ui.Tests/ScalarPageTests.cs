using Microsoft.Playwright;

namespace OpsPlatform.Ui.Tests;

/// <summary>The API reference renders in Chromium with every request to this host, and bearer authentication ready to use.</summary>
public sealed class ScalarPageTests(BrowserHost host) : IClassFixture<BrowserHost>
{
    [Fact]
    public async Task The_api_reference_renders_offline_with_bearer_authentication_selected()
    {
        var page = await host.NewPageAsync();
        var elsewhere = new List<string>();
        page.Request += (_, request) =>
        {
            if (!request.Url.StartsWith(host.BaseUrl, StringComparison.Ordinal) && !request.Url.StartsWith("data:", StringComparison.Ordinal))
                lock (elsewhere) elsewhere.Add(request.Url);
        };

        await page.GotoAsync("/scalar", new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });

        await page.GetByText("OpsPlatform API").First.WaitForAsync();
        await page.GetByText("Bearer").First.WaitForAsync();
        (await page.ContentAsync()).ShouldNotContain("Bearer '", Case.Sensitive, "the description's <token> is shown, not eaten as HTML");
        if (Environment.GetEnvironmentVariable("OPS_SCREENSHOTS") is { Length: > 0 } folder)
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, "scalar.png"), FullPage = false });
        lock (elsewhere) elsewhere.ShouldBeEmpty("the page works offline");
    }
}
