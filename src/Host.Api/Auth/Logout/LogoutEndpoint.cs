using System.Security.Claims;
using OpsPlatform.Host.Api.Auth.Sessions;
using OpsPlatform.Shared.Kernel.Http;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Host.Api.Auth.Logout;

internal static class LogoutEndpoint
{
    public static void MapLogout(this RouteGroupBuilder group) =>
        group.MapPost("/logout", async (ClaimsPrincipal user, SessionStore sessions, CancellationToken ct) =>
            {
                await sessions.RevokeAsync(Guid.Parse(user.FindFirstValue(ActiveSession.SessionIdClaim)!), ct);
                return TypedResults.NoContent();
            })
            .WithName("Logout")
            .WithSummary("End this session: its access and refresh tokens stop working at once.")
            .RequireAuthorization(Policies.SignedIn)
            .ProducesReadProblems();
}
