using Microsoft.AspNetCore.Identity;
using OpsPlatform.Shared.Kernel.Domain;
using OpsPlatform.Shared.Kernel.Http;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Host.Api.Auth.Users;

internal static class ReactivateUserEndpoint
{
    public static void MapReactivateUser(this RouteGroupBuilder group) =>
        group.MapPost("/users/{id:guid}/reactivate", async (Guid id, UserManager<OpsUser> users, TimeProvider clock) =>
            {
                var user = await users.FindByIdAsync(id.ToString()) ?? throw new NotFoundException("User", id);
                if (user.DeactivatedAt is not null)
                {
                    user.DeactivatedAt = null;
                    (await users.UpdateAsync(user)).ThrowIfFailed();
                }
                return TypedResults.Ok(await users.SummaryAsync(user, clock.GetUtcNow()));
            })
            .WithName("ReactivateUser")
            .WithSummary("Let a deactivated account sign in again (admins).")
            .RequireAuthorization(Policies.Admin)
            .ProducesWriteProblems();
}
