using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Identity;
using OpsPlatform.Host.Api.Auth.Me;
using OpsPlatform.Host.Api.Auth.Sessions;
using OpsPlatform.Identity.Contracts;
using OpsPlatform.Shared.Kernel.Domain;
using OpsPlatform.Shared.Kernel.Http;

namespace OpsPlatform.Host.Api.Auth.Profile.CloseAccount;

internal static class CloseAccountEndpoint
{
    public static void MapCloseAccount(this RouteGroupBuilder group) =>
        group.MapDelete("/me", async ([FromBody] CloseAccountRequest request, IValidator<CloseAccountRequest> validator, ICurrentUser me,
                UserManager<OpsUser> users, SessionStore sessions, IEnumerable<IAccountClosureCheck> checks, CancellationToken ct) =>
            {
                await validator.ValidateAndThrowAsync(request, ct);
                var user = await users.FindSignedInAsync(me);
                await users.ConfirmAsync(user, request.Password, "password");
                if (await users.IsInRoleAsync(user, Roles.Admin) && (await users.GetUsersInRoleAsync(Roles.Admin)).Count == 1)
                    throw new DomainRuleViolation("This is the last admin account; give another user the admin role first.");
                foreach (var check in checks)
                    if (await check.ReasonToKeepAsync(user.Id, ct) is { } reason)
                        throw new DomainRuleViolation(reason);

                // Sessions end first, on every host, so no request is served for an account that no longer exists.
                await sessions.RevokeAllAsync(user.Id, ct);
                (await users.DeleteAsync(user)).ThrowIfFailed();
                return TypedResults.NoContent();
            })
            .WithName("CloseMyAccount")
            .WithSummary("Delete the signed-in user's account, confirmed with their password. Refused, with the reason, while the user still owns active work (e.g. PSA projects) or is the last admin.")
            .RequireAuthorization(Policies.SignedIn)
            .RequireRateLimiting(AuthSetup.CredentialsRateLimit)
            .ProducesWriteProblems();
}
