using System.Net;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Host.Api.Tests.Ui;

/// <summary>A path that matches nothing is a 404 whoever asks, never a 401; the admin UI names its own favicon.</summary>
public sealed class UnknownPathTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Theory]
    [InlineData("/favicon.ico")]
    [InlineData("/nonexistent")]
    [InlineData("/api/nonexistent")]
    public async Task An_unknown_path_is_a_404_for_anonymous_and_signed_in_callers(string path)
    {
        var signedIn = await api.SignInAsNewUserAsync(Roles.Member);

        (await api.CreateClient().GetAsync(path)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await signedIn.Http.GetAsync(path)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_known_endpoint_still_refuses_anonymous_callers()
    {
        (await api.CreateClient().GetAsync("/api/psa/projects")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task The_admin_ui_links_a_favicon_that_is_served()
    {
        var client = api.CreateClient();
        var page = await client.GetStringAsync("/admin");
        // The page's base is "/", so the icon's address is relative to the root.
        var link = System.Text.RegularExpressions.Regex.Match(page, """<link rel="icon" [^>]*href="([^"]+)" """);
        link.Success.ShouldBeTrue(page);

        var icon = await client.GetAsync("/" + link.Groups[1].Value.TrimStart('/'));
        icon.StatusCode.ShouldBe(HttpStatusCode.OK);
        icon.Content.Headers.ContentType?.MediaType.ShouldBe("image/svg+xml");
    }
}
