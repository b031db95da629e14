using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Host.Api.Tests.Auth;

/// <summary>The seed's "only the user can update or delete their profile": every change is the caller's own, and the sensitive ones need the password.</summary>
public sealed class ProfileTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task A_user_changes_their_display_name_and_the_next_request_sees_it()
    {
        var user = await api.SignInAsNewUserAsync(Roles.Technician);

        var changed = await (await user.Http.PatchAsJsonAsync("/api/auth/me", new { displayName = "  Dana Field  " })).ShouldHaveStatus(HttpStatusCode.OK);

        changed.GetProperty("displayName").GetString().ShouldBe("Dana Field");
        (await (await user.Http.GetAsync("/api/auth/me")).ShouldHaveStatus(HttpStatusCode.OK)).GetProperty("displayName").GetString().ShouldBe("Dana Field");
    }

    [Fact]
    public async Task An_empty_or_overlong_display_name_is_a_400_naming_it()
    {
        var user = await api.SignInAsNewUserAsync(Roles.Member);

        await (await user.Http.PatchAsJsonAsync("/api/auth/me", new { displayName = "" })).ShouldBeProblem(HttpStatusCode.BadRequest, "displayName");
        await (await user.Http.PatchAsJsonAsync("/api/auth/me", new { displayName = new string('x', 201) })).ShouldBeProblem(HttpStatusCode.BadRequest, "displayName");
    }

    [Fact]
    public async Task Changing_the_email_needs_the_password_then_signs_in_with_the_new_one_only_and_ends_other_sessions()
    {
        var user = await api.SignInAsNewUserAsync(Roles.Member);
        var otherDevice = await api.SignInAsync(user.Email, ApiFactory.Password);
        var newEmail = $"moved-{Guid.NewGuid():N}@test.local";

        await (await user.Http.PutAsJsonAsync("/api/auth/me/email", new { email = newEmail, password = "Wrong-Passw0rd" }))
            .ShouldBeProblem(HttpStatusCode.BadRequest, "password");
        var tokens = await (await user.Http.PutAsJsonAsync("/api/auth/me/email", new { email = newEmail, password = ApiFactory.Password }))
            .ShouldHaveStatus(HttpStatusCode.OK);

        (await otherDevice.GetAsync("/api/auth/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var fresh = api.CreateClient();
        fresh.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tokens.GetProperty("accessToken").GetString());
        (await (await fresh.GetAsync("/api/auth/me")).ShouldHaveStatus(HttpStatusCode.OK)).GetProperty("email").GetString().ShouldBe(newEmail);
        (await api.CreateClient().PostAsJsonAsync("/api/auth/login", new { email = user.Email, password = ApiFactory.Password })).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await api.CreateClient().PostAsJsonAsync("/api/auth/login", new { email = newEmail, password = ApiFactory.Password })).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task An_email_refused_as_a_sign_in_name_changes_neither_email_nor_sign_in_name()
    {
        var user = await api.SignInAsNewUserAsync(Roles.Member);

        var refused = await user.Http.PutAsJsonAsync("/api/auth/me/email", new { email = $"o'neil-{Guid.NewGuid():N}@test.local", password = ApiFactory.Password });

        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await (await user.Http.GetAsync("/api/auth/me")).ShouldHaveStatus(HttpStatusCode.OK)).GetProperty("email").GetString().ShouldBe(user.Email);
        (await api.ScalarAsync<string>("SELECT user_name FROM identity.users WHERE id = $1", user.UserId)).ShouldBe(user.Email);
        (await api.ScalarAsync<string>("SELECT email FROM identity.users WHERE id = $1", user.UserId)).ShouldBe(user.Email);
    }

    [Fact]
    public async Task Taking_another_accounts_email_is_a_409_naming_email()
    {
        var taken = await api.SignInAsNewUserAsync(Roles.Member);
        var user = await api.SignInAsNewUserAsync(Roles.Member);

        var response = await user.Http.PutAsJsonAsync("/api/auth/me/email", new { email = taken.Email.ToUpperInvariant(), password = ApiFactory.Password });

        await response.ShouldBeProblem(HttpStatusCode.Conflict, "email");
    }

    [Fact]
    public async Task Changing_the_password_checks_the_current_one_and_the_rules_then_only_the_new_one_signs_in()
    {
        var user = await api.SignInAsNewUserAsync(Roles.Member);

        await (await user.Http.PutAsJsonAsync("/api/auth/me/password", new { currentPassword = "Wrong-Passw0rd", newPassword = "Brand-New-Passw0rd" }))
            .ShouldBeProblem(HttpStatusCode.BadRequest, "currentPassword");
        await (await user.Http.PutAsJsonAsync("/api/auth/me/password", new { currentPassword = ApiFactory.Password, newPassword = "weak" }))
            .ShouldBeProblem(HttpStatusCode.BadRequest, "newPassword");
        await (await user.Http.PutAsJsonAsync("/api/auth/me/password", new { currentPassword = ApiFactory.Password, newPassword = "Brand-New-Passw0rd" }))
            .ShouldHaveStatus(HttpStatusCode.OK);

        (await user.Http.GetAsync("/api/auth/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await api.CreateClient().PostAsJsonAsync("/api/auth/login", new { email = user.Email, password = ApiFactory.Password })).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await api.CreateClient().PostAsJsonAsync("/api/auth/login", new { email = user.Email, password = "Brand-New-Passw0rd" })).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Guessing_the_password_through_the_profile_locks_the_account_like_failed_sign_ins()
    {
        var user = await api.SignInAsNewUserAsync(Roles.Member);
        for (var i = 0; i < 4; i++)
            await (await user.Http.PutAsJsonAsync("/api/auth/me/password", new { currentPassword = $"Guess-{i}-Passw0rd", newPassword = "Brand-New-Passw0rd" }))
                .ShouldBeProblem(HttpStatusCode.BadRequest, "currentPassword");

        await (await user.Http.PutAsJsonAsync("/api/auth/me/password", new { currentPassword = "Guess-5-Passw0rd", newPassword = "Brand-New-Passw0rd" }))
            .ShouldBeProblem(HttpStatusCode.Locked, "password");
        (await api.CreateClient().PostAsJsonAsync("/api/auth/login", new { email = user.Email, password = ApiFactory.Password })).StatusCode.ShouldBe(HttpStatusCode.Locked);
    }

    [Fact]
    public async Task Closing_the_account_needs_the_password_ends_its_sessions_at_once_and_frees_the_email()
    {
        var user = await api.SignInAsNewUserAsync(Roles.Member);
        var otherDevice = await api.SignInAsync(user.Email, ApiFactory.Password);

        await (await Close(user.Http, "Wrong-Passw0rd")).ShouldBeProblem(HttpStatusCode.BadRequest, "password");
        (await Close(user.Http, ApiFactory.Password)).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await user.Http.GetAsync("/api/auth/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await otherDevice.GetAsync("/api/auth/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await api.ScalarAsync<long>("SELECT count(*) FROM identity.users WHERE id = $1", user.UserId)).ShouldBe(0);
        await (await api.CreateClient().PostAsJsonAsync("/api/auth/sign-up", new { email = user.Email, password = "Str0ng-Password", displayName = "Again" }))
            .ShouldHaveStatus(HttpStatusCode.Created);
    }

    [Fact]
    public async Task The_last_admin_cannot_close_their_account()
    {
        var connectionString = await PostgresCluster.CreateEmptyDatabaseAsync("lastadmin");
        await using var alone = ApiFactory.ForDatabase(connectionString);
        var admin = await alone.SignInAsNewUserAsync(Roles.Admin);

        var refused = await Close(admin.Http, ApiFactory.Password);

        (await refused.ShouldBeProblem((HttpStatusCode)422)).GetProperty("detail").GetString()!.ShouldContain("last admin");
        (await admin.Http.GetAsync("/api/auth/me")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_module_that_still_needs_the_account_refuses_the_closure_with_its_reason_and_nothing_changes()
    {
        var keep = new KeepAccounts();
        var connectionString = await PostgresCluster.CreateEmptyDatabaseAsync("keepaccount");
        await using var host = ApiFactory.ForDatabase(connectionString).WithServices(s => s.AddSingleton<IAccountClosureCheck>(keep));
        var owner = await host.SignInAsNewUserAsync(Roles.Manager);
        keep.Owners.Add(owner.UserId);

        var refused = await Close(owner.Http, ApiFactory.Password);

        (await refused.ShouldBeProblem((HttpStatusCode)422)).GetProperty("detail").GetString().ShouldBe("You still own 2 active projects.");
        (await owner.Http.GetAsync("/api/auth/me")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Profile_routes_need_a_signed_in_caller()
    {
        var anonymous = api.CreateClient();

        (await anonymous.PatchAsJsonAsync("/api/auth/me", new { displayName = "X" })).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await anonymous.PutAsJsonAsync("/api/auth/me/password", new { currentPassword = "a", newPassword = "b" })).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await Close(anonymous, "x")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    private static Task<HttpResponseMessage> Close(HttpClient http, string password) =>
        http.SendAsync(new HttpRequestMessage(HttpMethod.Delete, "/api/auth/me") { Content = JsonContent.Create(new { password }) });

    private sealed class KeepAccounts : IAccountClosureCheck
    {
        public HashSet<Guid> Owners { get; } = [];

        public Task<string?> ReasonToKeepAsync(Guid userId, CancellationToken cancellationToken) =>
            Task.FromResult(Owners.Contains(userId) ? "You still own 2 active projects." : null);
    }
}
