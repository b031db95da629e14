using System.Net;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Host.Api.Tests.Auth;

/// <summary>The people picker: managers and admins find active people by name or e-mail; nobody else may list anyone.</summary>
public sealed class PeopleTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task A_manager_finds_active_people_by_e_mail_without_their_roles_and_not_deactivated_ones()
    {
        var admin = await api.SignInAsNewUserAsync(Roles.Admin);
        var manager = await api.SignInAsNewUserAsync(Roles.Manager);
        var member = await api.SignInAsNewUserAsync(Roles.Member);
        var gone = await api.SignInAsNewUserAsync(Roles.Member);
        await (await admin.Http.PostAsync($"/api/auth/users/{gone.UserId}/deactivate", null)).ShouldHaveStatus(HttpStatusCode.OK);

        var found = await (await manager.Http.GetAsync($"/api/auth/people?search={member.Email[..20]}")).ShouldHaveStatus(HttpStatusCode.OK);
        var person = found.GetProperty("items").EnumerateArray().ShouldHaveSingleItem();
        person.GetProperty("id").GetGuid().ShouldBe(member.UserId);
        person.GetProperty("email").GetString().ShouldBe(member.Email);
        person.TryGetProperty("roles", out _).ShouldBeFalse();

        var none = await (await admin.Http.GetAsync($"/api/auth/people?search={gone.Email[..20]}")).ShouldHaveStatus(HttpStatusCode.OK);
        none.GetProperty("items").GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task Nobody_else_lists_people_and_a_bad_page_names_the_parameter()
    {
        var manager = await api.SignInAsNewUserAsync(Roles.Manager);
        foreach (var role in new[] { Roles.Member, Roles.Technician, Roles.Client })
        {
            var someone = await api.SignInAsNewUserAsync(role);
            (await someone.Http.GetAsync("/api/auth/people")).StatusCode.ShouldBe(HttpStatusCode.Forbidden, role);
        }
        (await api.CreateClient().GetAsync("/api/auth/people")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        await (await manager.Http.GetAsync("/api/auth/people?pageSize=0")).ShouldBeProblem(HttpStatusCode.BadRequest, "pageSize");
        await (await manager.Http.GetAsync($"/api/auth/people?search={new string('x', 101)}")).ShouldBeProblem(HttpStatusCode.BadRequest, "search");
    }
}
