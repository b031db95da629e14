using Microsoft.AspNetCore.Http.HttpResults;
using OpsPlatform.Host.Api.Auth.Sessions;
using OpsPlatform.Shared.Kernel.Http;

namespace OpsPlatform.Host.Api.Auth.Refresh;

internal static class RefreshEndpoint
{
    public static void MapRefresh(this RouteGroupBuilder group) =>
        group.MapPost("/refresh", async Task<Results<Ok<TokenPair>, ProblemHttpResult>> (RefreshRequest request, SessionStore sessions, CancellationToken ct) =>
            {
                var tokens = string.IsNullOrWhiteSpace(request.RefreshToken) ? null : await sessions.RefreshAsync(request.RefreshToken, ct);
                return tokens is null
                    ? TypedResults.Problem(statusCode: 401, title: "Refresh failed.", detail: "The refresh token is unknown, expired, revoked or already used.")
                    : TypedResults.Ok(tokens);
            })
            .WithName("RefreshTokens")
            .WithSummary("Use a refresh token once to get a new token pair; the old session ends.")
            .AllowAnonymous()
            .RequireRateLimiting(AuthSetup.CredentialsRateLimit)
            .ProducesWriteProblems();
}
