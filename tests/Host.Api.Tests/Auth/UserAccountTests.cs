using System.Net;
using System.Net.Http.Json;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Host.Api.Tests.Auth;

/// <summary>Admins open, deactivate and reactivate accounts; a deactivated account has no way in.</summary>
public sealed class UserAccountTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private static string NewEmail() => $"new-{Guid.NewGuid():N}@test.local";

    [Fact]
    public async Task An_admin_opens_an_account_with_roles_and_the_person_signs_in_with_them()
    {
        var admin = await api.SignInAsNewUserAsync(Roles.Admin);
        var email = NewEmail();

        var created = await (await admin.Http.PostAsJsonAsync("/api/auth/users", new { email, displayName = "Nia New", password = ApiFactory.Password, roles = new[] { "technician", "inspector" } }))
            .ShouldHaveStatus(HttpStatusCode.Created);

        created.GetProperty("roles").EnumerateArray().Select(r => r.GetString()).ShouldBe(["inspector", "technician"]);
        created.GetProperty("active").GetBoolean().ShouldBeTrue();
        var me = await (await (await api.SignInAsync(email, ApiFactory.Password)).GetAsync("/api/auth/me")).ShouldHaveStatus(HttpStatusCode.OK);
        me.GetProperty("displayName").GetString().ShouldBe("Nia New");
        me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()).ShouldBe(["inspector", "technician"]);
    }

    [Fact]
    public async Task Opening_an_account_names_each_bad_field_and_a_taken_email_is_a_409()
    {
        var admin = await api.SignInAsNewUserAsync(Roles.Admin);

        await (await admin.Http.PostAsJsonAsync("/api/auth/users", new { email = "not-an-email", displayName = "", password = "x", roles = new[] { "wizard" } }))
            .ShouldBeProblem(HttpStatusCode.BadRequest, "email", "displayName", "roles[0]");
        await (await admin.Http.PostAsJsonAsync("/api/auth/users", new { email = NewEmail(), displayName = "Weak", password = "short", roles = new[] { "member" } }))
            .ShouldBeProblem(HttpStatusCode.BadRequest, "password");
        await (await admin.Http.PostAsJsonAsync("/api/auth/users", new { email = admin.Email, displayName = "Twin", password = ApiFactory.Password, roles = new[] { "member" } }))
            .ShouldBeProblem(HttpStatusCode.Conflict, "email");
    }

    [Fact]
    public async Task A_deactivated_account_loses_its_session_at_once_and_cannot_sign_in_until_reactivated()
    {
        var admin = await api.SignInAsNewUserAsync(Roles.Admin);
        var user = await api.SignInAsNewUserAsync(Roles.Technician);

        var deactivated = await (await admin.Http.PostAsync($"/api/auth/users/{user.UserId}/deactivate", null)).ShouldHaveStatus(HttpStatusCode.OK);

        deactivated.GetProperty("active").GetBoolean().ShouldBeFalse();
        await (await user.Http.GetAsync("/api/auth/me")).ShouldBeProblem(HttpStatusCode.Unauthorized);
        var refused = await (await api.CreateClient().PostAsJsonAsync("/api/auth/login", new { email = user.Email, password = ApiFactory.Password }))
            .ShouldBeProblem(HttpStatusCode.Forbidden);
        refused.GetProperty("title").GetString().ShouldBe("Account deactivated.");
        // Without the password nothing tells the account apart from an unknown one.
        await (await api.CreateClient().PostAsJsonAsync("/api/auth/login", new { email = user.Email, password = "Wrong-Passw0rd!" }))
            .ShouldBeProblem(HttpStatusCode.Unauthorized);
        var listed = await (await admin.Http.GetAsync($"/api/auth/users?search={Uri.EscapeDataString(user.Email)}")).ShouldHaveStatus(HttpStatusCode.OK);
        listed.ShouldListExactly(1).GetProperty("items")[0].GetProperty("active").GetBoolean().ShouldBeFalse();

        (await (await admin.Http.PostAsync($"/api/auth/users/{user.UserId}/reactivate", null)).ShouldHaveStatus(HttpStatusCode.OK))
            .GetProperty("active").GetBoolean().ShouldBeTrue();
        await (await (await api.SignInAsync(user.Email, ApiFactory.Password)).GetAsync("/api/auth/me")).ShouldHaveStatus(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData(Roles.Manager)]
    [InlineData(Roles.Technician)]
    [InlineData(Roles.Member)]
    public async Task Only_admins_open_deactivate_or_reactivate_accounts(string role)
    {
        var caller = await api.SignInAsNewUserAsync(role);
        var other = await api.SignInAsNewUserAsync(Roles.Member);

        await (await caller.Http.PostAsJsonAsync("/api/auth/users", new { email = NewEmail(), displayName = "Sneaky", password = ApiFactory.Password, roles = new[] { "admin" } }))
            .ShouldBeProblem(HttpStatusCode.Forbidden);
        await (await caller.Http.PostAsync($"/api/auth/users/{other.UserId}/deactivate", null)).ShouldBeProblem(HttpStatusCode.Forbidden);
        await (await caller.Http.PostAsync($"/api/auth/users/{other.UserId}/reactivate", null)).ShouldBeProblem(HttpStatusCode.Forbidden);
        await (await other.Http.GetAsync("/api/auth/me")).ShouldHaveStatus(HttpStatusCode.OK);
    }

    [Fact]
    public async Task An_unknown_account_is_a_404()
    {
        var admin = await api.SignInAsNewUserAsync(Roles.Admin);

        await (await admin.Http.PostAsync($"/api/auth/users/{Guid.NewGuid()}/deactivate", null)).ShouldBeProblem(HttpStatusCode.NotFound);
        await (await admin.Http.PostAsync($"/api/auth/users/{Guid.NewGuid()}/reactivate", null)).ShouldBeProblem(HttpStatusCode.NotFound);
    }
}

/// <summary>On a database of its own: the only active admin can be neither deactivated nor stripped of the role.</summary>
public sealed class LastActiveAdminTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task A_deactivated_admin_does_not_count_and_the_one_active_admin_stays()
    {
        var admin = await api.SignInAsNewUserAsync(Roles.Admin);
        var second = await api.SignInAsNewUserAsync(Roles.Admin);
        await (await admin.Http.PostAsync($"/api/auth/users/{second.UserId}/deactivate", null)).ShouldHaveStatus(HttpStatusCode.OK);

        await (await admin.Http.PostAsync($"/api/auth/users/{admin.UserId}/deactivate", null)).ShouldBeProblem(HttpStatusCode.UnprocessableEntity, "user");
        await (await admin.Http.PutAsJsonAsync($"/api/auth/users/{admin.UserId}/roles", new { roles = new[] { "member" } }))
            .ShouldBeProblem(HttpStatusCode.UnprocessableEntity, "roles");
        await (await admin.Http.GetAsync("/api/auth/me")).ShouldHaveStatus(HttpStatusCode.OK);
    }
}
