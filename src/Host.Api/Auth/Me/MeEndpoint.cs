using System.Security.Claims;
using OpsPlatform.Shared.Kernel.Http;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Host.Api.Auth.Me;

internal static class MeEndpoint
{
    public static void MapMe(this RouteGroupBuilder group) =>
        group.MapGet("/me", (ClaimsPrincipal user) => TypedResults.Ok(new CurrentUserDetails(
                Guid.Parse(user.FindFirstValue(ClaimTypes.NameIdentifier)!),
                user.FindFirstValue(ClaimTypes.Email),
                user.FindFirstValue(ClaimTypes.Name) ?? "",
                user.FindAll(ClaimTypes.Role).Select(c => c.Value).Order().ToArray())))
            .WithName("WhoAmI")
            .WithSummary("The signed-in user and their roles.")
            .RequireAuthorization(Policies.SignedIn)
            .ProducesReadProblems();
}
