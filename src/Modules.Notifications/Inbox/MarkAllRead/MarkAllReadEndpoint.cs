using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpsPlatform.Identity.Contracts;
using OpsPlatform.Shared.Kernel.Http;

namespace OpsPlatform.Modules.Notifications.Inbox.MarkAllRead;

internal static class MarkAllReadEndpoint
{
    public static void MapMarkAllRead(this RouteGroupBuilder group) =>
        group.MapPost("/notifications/read-all", async (IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new MarkAllReadCommand(), ct)))
            .WithName("MarkAllNotificationsRead")
            .WithSummary("Mark every unread notification of the caller read; answers how many were marked.")
            .RequireAuthorization(Policies.SignedIn)
            .ProducesWriteProblems();
}
