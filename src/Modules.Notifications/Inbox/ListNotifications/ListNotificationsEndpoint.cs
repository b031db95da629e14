using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpsPlatform.Identity.Contracts;
using OpsPlatform.Shared.Kernel.Http;

namespace OpsPlatform.Modules.Notifications.Inbox.ListNotifications;

internal static class ListNotificationsEndpoint
{
    public static void MapListNotifications(this RouteGroupBuilder group) =>
        group.MapGet("/notifications", async ([AsParameters] ListNotificationsQuery query, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(query, ct)))
            .WithName("ListNotifications")
            .WithSummary("The caller's notifications, unread first and newest first (sortable by read, createdAt); unread=true for unread only.")
            .RequireAuthorization(Policies.SignedIn)
            .ProducesReadProblems();
}
