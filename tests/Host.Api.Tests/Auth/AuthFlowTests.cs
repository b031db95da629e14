using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Host.Api.Tests.Auth;

public sealed class AuthFlowTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Sign_up_gives_the_member_role_and_login_returns_tokens_that_identify_the_user()
    {
        var http = api.CreateClient();
        var email = $"new-{Guid.NewGuid():N}@test.local";

        var signUp = await http.PostAsJsonAsync("/api/auth/sign-up", new { email, password = "Str0ng-Password", displayName = "New Person" });
        (await signUp.ShouldHaveStatus(HttpStatusCode.Created)).GetProperty("roles").EnumerateArray().Select(r => r.GetString()).ShouldBe(["member"]);

        var signedIn = await api.SignInAsync(email, "Str0ng-Password");
        var me = await (await signedIn.GetAsync("/api/auth/me")).ShouldHaveStatus(HttpStatusCode.OK);
        me.GetProperty("email").GetString().ShouldBe(email);
        me.GetProperty("displayName").GetString().ShouldBe("New Person");
        me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()).ShouldBe(["member"]);
    }

    [Fact]
    public async Task Signing_up_twice_with_one_email_is_a_409_naming_email()
    {
        var http = api.CreateClient();
        var email = $"twice-{Guid.NewGuid():N}@test.local";
        await (await http.PostAsJsonAsync("/api/auth/sign-up", new { email, password = "Str0ng-Password", displayName = "A" })).ShouldHaveStatus(HttpStatusCode.Created);

        var again = await http.PostAsJsonAsync("/api/auth/sign-up", new { email = email.ToUpperInvariant(), password = "Str0ng-Password", displayName = "B" });

        await again.ShouldBeProblem(HttpStatusCode.Conflict, "email");
    }

    [Theory]
    [InlineData("short1A", "password")]
    [InlineData("alllowercase123", "password")]
    [InlineData("", "password")]
    public async Task A_weak_password_is_a_400_naming_password(string password, string field)
    {
        var response = await api.CreateClient().PostAsJsonAsync("/api/auth/sign-up",
            new { email = $"weak-{Guid.NewGuid():N}@test.local", password, displayName = "W" });

        await response.ShouldBeProblem(HttpStatusCode.BadRequest, field);
    }

    [Fact]
    public async Task An_invalid_email_is_a_400_naming_email()
    {
        var response = await api.CreateClient().PostAsJsonAsync("/api/auth/sign-up", new { email = "not-an-email", password = "Str0ng-Password", displayName = "W" });

        await response.ShouldBeProblem(HttpStatusCode.BadRequest, "email");
    }

    [Fact]
    public async Task A_wrong_password_is_a_401_and_does_not_say_which_part_was_wrong()
    {
        var user = await api.SignInAsNewUserAsync(Roles.Member);

        var wrongPassword = await api.CreateClient().PostAsJsonAsync("/api/auth/login", new { email = user.Email, password = "Wrong-Passw0rd" });
        var unknownUser = await api.CreateClient().PostAsJsonAsync("/api/auth/login", new { email = "nobody@test.local", password = "Wrong-Passw0rd" });

        var a = await wrongPassword.ShouldBeProblem(HttpStatusCode.Unauthorized);
        var b = await unknownUser.ShouldBeProblem(HttpStatusCode.Unauthorized);
        a.GetProperty("detail").GetString().ShouldBe(b.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task After_five_failures_the_account_is_locked_even_for_the_right_password()
    {
        var user = await api.SignInAsNewUserAsync(Roles.Member);
        var http = api.CreateClient();
        for (var i = 0; i < 4; i++)
            await (await http.PostAsJsonAsync("/api/auth/login", new { email = user.Email, password = "Wrong-Passw0rd" })).ShouldBeProblem(HttpStatusCode.Unauthorized);

        await (await http.PostAsJsonAsync("/api/auth/login", new { email = user.Email, password = "Wrong-Passw0rd" })).ShouldBeProblem(HttpStatusCode.Locked);
        await (await http.PostAsJsonAsync("/api/auth/login", new { email = user.Email, password = ApiFactory.Password })).ShouldBeProblem(HttpStatusCode.Locked);
    }

    [Fact]
    public async Task Logout_revokes_the_token_at_once()
    {
        var user = await api.SignInAsNewUserAsync(Roles.Member);
        await (await user.Http.GetAsync("/api/auth/me")).ShouldHaveStatus(HttpStatusCode.OK); // now cached on this node

        await (await user.Http.PostAsync("/api/auth/logout", null)).ShouldHaveStatus(HttpStatusCode.NoContent);

        await (await user.Http.GetAsync("/api/auth/me")).ShouldBeProblem(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Logout_on_one_host_revokes_the_token_on_another_host()
    {
        var user = await api.SignInAsNewUserAsync(Roles.Member);
        await using var otherHost = ApiFactory.ForDatabase(api.ConnectionString);
        var onOtherHost = otherHost.CreateClient();
        onOtherHost.DefaultRequestHeaders.Authorization = user.Http.DefaultRequestHeaders.Authorization;
        await (await onOtherHost.GetAsync("/api/auth/me")).ShouldHaveStatus(HttpStatusCode.OK); // cached on the other host

        await (await user.Http.PostAsync("/api/auth/logout", null)).ShouldHaveStatus(HttpStatusCode.NoContent);

        var deadline = DateTime.UtcNow.AddSeconds(5);
        HttpStatusCode status;
        do
        {
            status = (await onOtherHost.GetAsync("/api/auth/me")).StatusCode;
            if (status == HttpStatusCode.Unauthorized) break;
            await Task.Delay(50);
        } while (DateTime.UtcNow < deadline);
        status.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_refresh_token_works_once_and_ends_the_old_session()
    {
        var user = await api.SignInAsNewUserAsync(Roles.Member);
        var http = api.CreateClient();
        var login = await (await http.PostAsJsonAsync("/api/auth/login", new { email = user.Email, password = ApiFactory.Password })).ShouldHaveStatus(HttpStatusCode.OK);
        var refreshToken = login.GetProperty("refreshToken").GetString();
        var oldAccess = login.GetProperty("accessToken").GetString();

        var refreshed = await (await http.PostAsJsonAsync("/api/auth/refresh", new { refreshToken })).ShouldHaveStatus(HttpStatusCode.OK);
        var replay = await http.PostAsJsonAsync("/api/auth/refresh", new { refreshToken });

        await replay.ShouldBeProblem(HttpStatusCode.Unauthorized);
        (await GetMe(oldAccess!)).ShouldBe(HttpStatusCode.Unauthorized);
        (await GetMe(refreshed.GetProperty("accessToken").GetString()!)).ShouldBe(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("garbage")]
    [InlineData("Bearer ")]
    [InlineData("Bearer not-a-real-token")]
    public async Task Missing_or_forged_tokens_get_401(string header)
    {
        var http = api.CreateClient();
        http.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", header);

        await (await http.GetAsync("/api/auth/me")).ShouldBeProblem(HttpStatusCode.Unauthorized);
    }

    private async Task<HttpStatusCode> GetMe(string accessToken)
    {
        var http = api.CreateClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        return (await http.GetAsync("/api/auth/me")).StatusCode;
    }
}
