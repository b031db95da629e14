using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpsPlatform.Identity.Contracts;
using OpsPlatform.Shared.Kernel.Http;

namespace OpsPlatform.Modules.Notifications.Preferences.UpdatePreferences;

internal static class UpdatePreferencesEndpoint
{
    public static void MapUpdatePreferences(this RouteGroupBuilder group) =>
        group.MapPut("/notifications/preferences", async (UpdatePreferencesCommand command, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(command, ct)))
            .WithName("UpdateNotificationPreferences")
            .WithSummary("Set the caller's digest time zone and the delivery per kind (in_app, email, digest, off; null = default).")
            .RequireAuthorization(Policies.SignedIn)
            .ProducesWriteProblems();
}
