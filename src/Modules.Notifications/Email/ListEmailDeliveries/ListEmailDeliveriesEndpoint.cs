using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpsPlatform.Identity.Contracts;
using OpsPlatform.Shared.Kernel.Http;

namespace OpsPlatform.Modules.Notifications.Email.ListEmailDeliveries;

internal static class ListEmailDeliveriesEndpoint
{
    public static void MapListEmailDeliveries(this RouteGroupBuilder group) =>
        group.MapGet("/notifications/emails", async ([AsParameters] ListEmailDeliveriesQuery query, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(query, ct)))
            .WithName("ListEmailDeliveries")
            .WithSummary("E-mails and their delivery status (pending, retrying, sent, failed with the reason), newest first; filter by status or recipientId (admins).")
            .RequireAuthorization(Policies.Admin)
            .ProducesReadProblems();
}
