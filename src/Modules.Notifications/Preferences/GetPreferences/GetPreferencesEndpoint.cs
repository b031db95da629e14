using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpsPlatform.Identity.Contracts;
using OpsPlatform.Shared.Kernel.Http;

namespace OpsPlatform.Modules.Notifications.Preferences.GetPreferences;

internal static class GetPreferencesEndpoint
{
    public static void MapGetPreferences(this RouteGroupBuilder group) =>
        group.MapGet("/notifications/preferences", async (IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetPreferencesQuery(), ct)))
            .WithName("GetNotificationPreferences")
            .WithSummary("The caller's notification preferences: time zone of the daily digest and a delivery per kind.")
            .RequireAuthorization(Policies.SignedIn)
            .ProducesReadProblems();
}
