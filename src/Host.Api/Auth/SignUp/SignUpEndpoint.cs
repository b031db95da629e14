using FluentValidation;
using Microsoft.AspNetCore.Identity;
using OpsPlatform.Host.Api.Auth.Me;
using OpsPlatform.Shared.Kernel.Http;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Host.Api.Auth.SignUp;

internal static class SignUpEndpoint
{
    public static void MapSignUp(this RouteGroupBuilder group) =>
        group.MapPost("/sign-up", async (SignUpRequest request, IValidator<SignUpRequest> validator, UserManager<OpsUser> users, TimeProvider clock) =>
            {
                await validator.ValidateAndThrowAsync(request);
                var user = OpsUser.Open(request.Email, request.DisplayName, clock.GetUtcNow());
                (await users.CreateAsync(user, request.Password)).ThrowIfFailed();
                (await users.AddToRoleAsync(user, Roles.Member)).ThrowIfFailed();
                return TypedResults.Created("/api/auth/me", new CurrentUserDetails(user.Id, user.Email, user.DisplayName, [Roles.Member]));
            })
            .WithName("SignUp")
            .WithSummary("Create an account (role: member). Then log in.")
            .AllowAnonymous()
            .RequireRateLimiting(AuthSetup.CredentialsRateLimit)
            .ProducesWriteProblems();
}
