using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpsPlatform.Identity.Contracts;
using OpsPlatform.Shared.Kernel.Http;

namespace OpsPlatform.Modules.Notifications.Inbox.CountUnread;

internal static class CountUnreadEndpoint
{
    public static void MapCountUnread(this RouteGroupBuilder group) =>
        group.MapGet("/notifications/unread-count", async (IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new CountUnreadQuery(), ct)))
            .WithName("CountUnreadNotifications")
            .WithSummary("How many of the caller's notifications are unread.")
            .RequireAuthorization(Policies.SignedIn)
            .ProducesReadProblems();
}
