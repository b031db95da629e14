using System.Net;
using System.Net.Http.Json;

namespace OpsPlatform.Host.Api.Tests.Auth;

public sealed class LoginRateLimitTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task The_eleventh_login_attempt_in_a_minute_from_one_client_is_a_429()
    {
        await using var limited = ApiFactory.ForDatabase(api.ConnectionString);
        limited.WithSetting("Auth:LoginPermitsPerMinute", "10");
        var http = limited.CreateClient();
        for (var i = 0; i < 10; i++)
            (await http.PostAsJsonAsync("/api/auth/login", new { email = "x@test.local", password = "Wrong-Passw0rd" })).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        var response = await http.PostAsJsonAsync("/api/auth/login", new { email = "x@test.local", password = "Wrong-Passw0rd" });

        await response.ShouldBeProblem(HttpStatusCode.TooManyRequests);
        response.Headers.RetryAfter.ShouldNotBeNull();
    }
}
