using FluentValidation;
using Microsoft.AspNetCore.Identity;
using OpsPlatform.Host.Api.Auth.Me;
using OpsPlatform.Host.Api.Auth.Sessions;
using OpsPlatform.Identity.Contracts;
using OpsPlatform.Shared.Kernel.Http;

namespace OpsPlatform.Host.Api.Auth.Profile.ChangeEmail;

internal static class ChangeEmailEndpoint
{
    public static void MapChangeEmail(this RouteGroupBuilder group) =>
        group.MapPut("/me/email", async (ChangeEmailRequest request, IValidator<ChangeEmailRequest> validator, ICurrentUser me,
                UserManager<OpsUser> users, SessionStore sessions, CancellationToken ct) =>
            {
                await validator.ValidateAndThrowAsync(request, ct);
                var user = await users.FindSignedInAsync(me);
                await users.ConfirmAsync(user, request.Password, "password");
                var email = request.Email.Trim();
                // The e-mail is also the user name: both are validated and stored in one update, or neither is.
                user.Email = email;
                user.UserName = email;
                (await users.UpdateAsync(user)).ThrowIfFailed();
                // Other devices signed in with the old address end; this one gets a fresh session.
                await sessions.RevokeAllAsync(user.Id, ct);
                return TypedResults.Ok(await sessions.IssueAsync(user.Id, ct));
            })
            .WithName("ChangeMyEmail")
            .WithSummary("Change the signed-in user's e-mail (their sign-in name), confirmed with their password. Every other session ends; the answer is a new token pair.")
            .RequireAuthorization(Policies.SignedIn)
            .RequireRateLimiting(AuthSetup.CredentialsRateLimit)
            .ProducesWriteProblems();
}
