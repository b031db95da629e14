using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpsPlatform.Identity.Contracts;
using OpsPlatform.Shared.Kernel.Http;

namespace OpsPlatform.Modules.Notifications.Inbox.MarkNotificationRead;

internal static class MarkNotificationReadEndpoint
{
    public static void MapMarkNotificationRead(this RouteGroupBuilder group) =>
        group.MapPost("/notifications/{id:guid}/read", async (Guid id, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new MarkNotificationReadCommand(id), ct);
                return TypedResults.NoContent();
            })
            .WithName("MarkNotificationRead")
            .WithSummary("Mark one of the caller's notifications read (404 for anyone else's).")
            .RequireAuthorization(Policies.SignedIn)
            .ProducesWriteProblems();
}
