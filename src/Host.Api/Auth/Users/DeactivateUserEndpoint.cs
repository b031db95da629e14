using Microsoft.AspNetCore.Identity;
using OpsPlatform.Host.Api.Auth.Sessions;
using OpsPlatform.Shared.Kernel.Domain;
using OpsPlatform.Shared.Kernel.Http;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Host.Api.Auth.Users;

internal static class DeactivateUserEndpoint
{
    public static void MapDeactivateUser(this RouteGroupBuilder group) =>
        group.MapPost("/users/{id:guid}/deactivate", async (Guid id, UserManager<OpsUser> users, SessionStore sessions, TimeProvider clock, CancellationToken ct) =>
            {
                var user = await users.FindByIdAsync(id.ToString()) ?? throw new NotFoundException("User", id);
                var now = clock.GetUtcNow();
                if (user.DeactivatedAt is null)
                {
                    await users.EnsureAnotherActiveAdminAsync(user, "user", "This is the last active admin; make another user admin first.");
                    user.DeactivatedAt = now;
                    (await users.UpdateAsync(user)).ThrowIfFailed();
                }
                await sessions.RevokeAllAsync(user.Id, ct); // signed out everywhere, now
                return TypedResults.Ok(await users.SummaryAsync(user, now));
            })
            .WithName("DeactivateUser")
            .WithSummary("Deactivate an account (admins): its sessions end and it cannot sign in; its history stays. The last active admin is refused (422).")
            .RequireAuthorization(Policies.Admin)
            .ProducesWriteProblems();
}
