using System.Net;
using System.Net.Http.Json;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Host.Api.Tests.Auth;

public sealed class LastAdminTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task The_last_admin_cannot_remove_their_own_admin_role()
    {
        var admin = await api.SignInAsNewUserAsync(Roles.Admin);

        var response = await admin.Http.PutAsJsonAsync($"/api/auth/users/{admin.UserId}/roles", new { roles = new[] { "member" } });

        await response.ShouldBeProblem(HttpStatusCode.UnprocessableEntity, "roles");
    }
}
