using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using OpsPlatform.Host.Api.Auth.Sessions;
using OpsPlatform.Shared.Kernel.Http;

namespace OpsPlatform.Host.Api.Auth.Login;

internal static class LoginEndpoint
{
    public static void MapLogin(this RouteGroupBuilder group) =>
        group.MapPost("/login", async Task<Results<Ok<TokenPair>, ProblemHttpResult>> (
                LoginRequest request, IValidator<LoginRequest> validator, UserManager<OpsUser> users, SessionStore sessions, CancellationToken ct) =>
            {
                await validator.ValidateAndThrowAsync(request, ct);
                var user = await users.FindByEmailAsync(request.Email.Trim());
                if (user is null)
                {
                    // Hash anyway, so the response time does not tell which e-mail addresses have accounts.
                    users.PasswordHasher.VerifyHashedPassword(TimingDummy, TimingDummyHash, request.Password);
                    return WrongCredentials();
                }

                if (await users.IsLockedOutAsync(user)) return LockedOut(user);
                if (!await users.CheckPasswordAsync(user, request.Password))
                {
                    await users.AccessFailedAsync(user);
                    return await users.IsLockedOutAsync(user) ? LockedOut(user) : WrongCredentials();
                }

                await users.ResetAccessFailedCountAsync(user);
                // Told only to someone who knows the password, so it does not reveal which accounts exist.
                if (user.DeactivatedAt is not null)
                    return TypedResults.Problem(statusCode: 403, title: "Account deactivated.", detail: "An admin deactivated this account. Ask an admin to reactivate it.");
                return TypedResults.Ok(await sessions.IssueAsync(user.Id, ct));
            })
            .WithName("Login")
            .WithSummary("Exchange e-mail and password for an access token and a refresh token.")
            .AllowAnonymous()
            .RequireRateLimiting(AuthSetup.CredentialsRateLimit)
            .ProducesWriteProblems();

    private static readonly OpsUser TimingDummy = new();
    private static readonly string TimingDummyHash = new PasswordHasher<OpsUser>().HashPassword(TimingDummy, "timing-dummy-password");

    private static ProblemHttpResult WrongCredentials() =>
        TypedResults.Problem(statusCode: 401, title: "Sign-in failed.", detail: "The e-mail or password is wrong.");

    private static ProblemHttpResult LockedOut(OpsUser user) =>
        TypedResults.Problem(statusCode: 423, title: "Account locked.",
            detail: $"Too many failed sign-ins. The account is locked until {user.LockoutEnd:u}.");
}
