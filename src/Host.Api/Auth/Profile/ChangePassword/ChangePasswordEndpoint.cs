using FluentValidation;
using FluentValidation.Results;
using Microsoft.AspNetCore.Identity;
using OpsPlatform.Host.Api.Auth.Me;
using OpsPlatform.Host.Api.Auth.Sessions;
using OpsPlatform.Identity.Contracts;
using OpsPlatform.Shared.Kernel.Http;

namespace OpsPlatform.Host.Api.Auth.Profile.ChangePassword;

internal static class ChangePasswordEndpoint
{
    public static void MapChangePassword(this RouteGroupBuilder group) =>
        group.MapPut("/me/password", async (ChangePasswordRequest request, IValidator<ChangePasswordRequest> validator, ICurrentUser me,
                UserManager<OpsUser> users, SessionStore sessions, CancellationToken ct) =>
            {
                await validator.ValidateAndThrowAsync(request, ct);
                var user = await users.FindSignedInAsync(me);
                await users.ConfirmAsync(user, request.CurrentPassword, "currentPassword");
                var changed = await users.ChangePasswordAsync(user, request.CurrentPassword, request.NewPassword);
                if (!changed.Succeeded)
                    throw new ValidationException(changed.Errors.Select(e => new ValidationFailure("newPassword", e.Description)));
                await sessions.RevokeAllAsync(user.Id, ct);
                return TypedResults.Ok(await sessions.IssueAsync(user.Id, ct));
            })
            .WithName("ChangeMyPassword")
            .WithSummary("Change the signed-in user's password. Every other session ends; the answer is a new token pair.")
            .RequireAuthorization(Policies.SignedIn)
            .RequireRateLimiting(AuthSetup.CredentialsRateLimit)
            .ProducesWriteProblems();
}
