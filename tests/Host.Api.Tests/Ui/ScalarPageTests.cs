using System.Net;
using System.Text.RegularExpressions;

namespace OpsPlatform.Host.Api.Tests.Ui;

/// <summary>
/// The API reference at /scalar works offline: its scripts come from this host, the default fonts (whose URLs the
/// script carries, to Scalar's font host) are off, and bearer auth is preselected. Ui.Tests loads it in Chromium and
/// checks that no request leaves the host.
/// </summary>
public sealed partial class ScalarPageTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task The_page_and_its_script_load_nothing_from_another_host_and_preselect_the_bearer_scheme()
    {
        var client = api.CreateClient();
        var page = await client.GetAsync("/scalar");
        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await page.Content.ReadAsStringAsync();

        var scripts = ScriptSources().Matches(html).Select(m => m.Groups["src"].Value).ToList();
        scripts.ShouldNotBeEmpty(html);
        scripts.ShouldAllBe(src => !src.Contains("//"), "scripts come from this host");
        AssetReferences().Matches(html).ShouldBeEmpty("no stylesheet, font or script from another host");
        html.ShouldContain("openapi/v1.json");
        html.ShouldContain("\"withDefaultFonts\":false");
        html.ShouldContain("\"preferredSecurityScheme\":[\"Bearer\"]");

        foreach (var src in scripts)
        {
            var script = await client.GetAsync(new Uri(new Uri("http://localhost/scalar/"), src));
            script.StatusCode.ShouldBe(HttpStatusCode.OK, src);
            var js = await script.Content.ReadAsStringAsync();
            CdnUrls().Matches(js).Select(m => m.Value).Distinct().ShouldBeEmpty($"{src} loads code from a CDN");
        }
    }

    [GeneratedRegex("<script[^>]*\\ssrc=\"(?<src>[^\"]+)\"", RegexOptions.IgnoreCase)]
    private static partial Regex ScriptSources();

    [GeneratedRegex("""(href|src)="(https?:)?//""", RegexOptions.IgnoreCase)]
    private static partial Regex AssetReferences();

    [GeneratedRegex("""https://(cdn\.[a-z.]+|[a-z.]*jsdelivr\.net|unpkg\.com|esm\.sh)[^"'\s)]*""", RegexOptions.IgnoreCase)]
    private static partial Regex CdnUrls();
}
