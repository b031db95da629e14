using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpsPlatform.Identity.Contracts;
using OpsPlatform.Shared.Kernel.Http;

namespace OpsPlatform.Modules.Notifications.Inbox.DeleteNotification;

internal static class DeleteNotificationEndpoint
{
    public static void MapDeleteNotification(this RouteGroupBuilder group) =>
        group.MapDelete("/notifications/{id:guid}", async (Guid id, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new DeleteNotificationCommand(id), ct);
                return TypedResults.NoContent();
            })
            .WithName("DeleteNotification")
            .WithSummary("Delete one of the caller's notifications (404 for anyone else's).")
            .RequireAuthorization(Policies.SignedIn)
            .ProducesWriteProblems();
}
