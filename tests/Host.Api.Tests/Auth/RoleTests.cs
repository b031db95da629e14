using System.Net;
using System.Net.Http.Json;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Host.Api.Tests.Auth;

public sealed class RoleTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task An_admin_assigns_roles_and_the_users_old_token_stops_working()
    {
        var admin = await api.SignInAsNewUserAsync(Roles.Admin);
        var user = await api.SignInAsNewUserAsync(Roles.Member);

        var response = await admin.Http.PutAsJsonAsync($"/api/auth/users/{user.UserId}/roles", new { roles = new[] { "technician" } });

        (await response.ShouldHaveStatus(HttpStatusCode.OK)).GetProperty("roles").EnumerateArray().Select(r => r.GetString()).ShouldBe(["technician"]);
        await (await user.Http.GetAsync("/api/auth/me")).ShouldBeProblem(HttpStatusCode.Unauthorized);
        var again = await api.SignInAsync(user.Email, ApiFactory.Password);
        (await (await again.GetAsync("/api/auth/me")).ShouldHaveStatus(HttpStatusCode.OK))
            .GetProperty("roles").EnumerateArray().Select(r => r.GetString()).ShouldBe(["technician"]);
    }

    [Theory]
    [InlineData(Roles.Manager)]
    [InlineData(Roles.Member)]
    [InlineData(Roles.Technician)]
    public async Task Only_admins_may_assign_roles_or_list_users(string role)
    {
        var caller = await api.SignInAsNewUserAsync(role);

        await (await caller.Http.PutAsJsonAsync($"/api/auth/users/{caller.UserId}/roles", new { roles = new[] { "admin" } })).ShouldBeProblem(HttpStatusCode.Forbidden);
        await (await caller.Http.GetAsync("/api/auth/users")).ShouldBeProblem(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task An_unknown_role_is_a_400_naming_roles()
    {
        var admin = await api.SignInAsNewUserAsync(Roles.Admin);
        var user = await api.SignInAsNewUserAsync(Roles.Member);

        var response = await admin.Http.PutAsJsonAsync($"/api/auth/users/{user.UserId}/roles", new { roles = new[] { "superuser" } });

        await response.ShouldBeProblem(HttpStatusCode.BadRequest, "roles[0]");
    }

    [Fact]
    public async Task Roles_of_an_unknown_user_is_a_404()
    {
        var admin = await api.SignInAsNewUserAsync(Roles.Admin);

        await (await admin.Http.PutAsJsonAsync($"/api/auth/users/{Guid.NewGuid()}/roles", new { roles = new[] { "member" } })).ShouldBeProblem(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Admins_list_users_filtered_by_role()
    {
        var admin = await api.SignInAsNewUserAsync(Roles.Admin);
        var inspector = await api.SignInAsNewUserAsync(Roles.Inspector);

        var page = await (await admin.Http.GetAsync("/api/auth/users?role=inspector&pageSize=100")).ShouldHaveStatus(HttpStatusCode.OK);

        page.GetProperty("items").EnumerateArray().Select(u => u.GetProperty("id").GetGuid()).ShouldContain(inspector.UserId);
        page.GetProperty("items").EnumerateArray().ShouldAllBe(u => u.GetProperty("roles").EnumerateArray().Any(r => r.GetString() == "inspector"));
    }
}
