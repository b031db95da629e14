using FluentValidation;
using Microsoft.AspNetCore.Identity;
using OpsPlatform.Host.Api.Auth.Me;
using OpsPlatform.Host.Api.Auth.Sessions;
using OpsPlatform.Shared.Kernel.Domain;
using OpsPlatform.Shared.Kernel.Http;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Host.Api.Auth.Users;

internal static class SetRolesEndpoint
{
    public static void MapSetRoles(this RouteGroupBuilder group) =>
        group.MapPut("/users/{id:guid}/roles", async (Guid id, SetRolesRequest request, IValidator<SetRolesRequest> validator,
                UserManager<OpsUser> users, SessionStore sessions, CancellationToken ct) =>
            {
                await validator.ValidateAndThrowAsync(request, ct);
                var user = await users.FindByIdAsync(id.ToString()) ?? throw new NotFoundException("User", id);
                var wanted = request.Roles.Distinct().ToArray();
                var current = await users.GetRolesAsync(user);

                if (!wanted.Contains(Roles.Admin))
                    await users.EnsureAnotherActiveAdminAsync(user, "roles", "This is the last admin; give another user the admin role first.");

                (await users.RemoveFromRolesAsync(user, current.Except(wanted))).ThrowIfFailed();
                (await users.AddToRolesAsync(user, wanted.Except(current))).ThrowIfFailed();
                await sessions.RevokeAllAsync(user.Id, ct); // new rights apply now: the user signs in again
                return TypedResults.Ok(new CurrentUserDetails(user.Id, user.Email, user.DisplayName, wanted.Order().ToArray()));
            })
            .WithName("SetUserRoles")
            .WithSummary("Replace a user's roles (admins). The user's sessions end, so the new roles apply at once.")
            .RequireAuthorization(Policies.Admin)
            .ProducesWriteProblems();
}
