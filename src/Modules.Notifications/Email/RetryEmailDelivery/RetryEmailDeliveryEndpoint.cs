using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpsPlatform.Identity.Contracts;
using OpsPlatform.Shared.Kernel.Http;

namespace OpsPlatform.Modules.Notifications.Email.RetryEmailDelivery;

internal static class RetryEmailDeliveryEndpoint
{
    public static void MapRetryEmailDelivery(this RouteGroupBuilder group) =>
        group.MapPost("/notifications/emails/{id:guid}/retry", async (Guid id, int? version, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new RetryEmailDeliveryCommand(id, version), ct);
                return TypedResults.Accepted($"/api/notifications/emails?status=pending");
            })
            .WithName("RetryEmailDelivery")
            .WithSummary("Send a failed e-mail again (admins); 409 unless it failed.")
            .RequireAuthorization(Policies.Admin)
            .ProducesWriteProblems();
}
