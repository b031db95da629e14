using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpsPlatform.Identity.Contracts;
using OpsPlatform.Shared.Kernel.Http;

namespace OpsPlatform.Modules.Maintenance.WorkOrders.Evidence.RemoveEvidence;

internal static class RemoveEvidenceEndpoint
{
    public static void MapRemoveEvidence(this RouteGroupBuilder group) =>
        group.MapDelete("/work-orders/{id:guid}/evidence/{evidenceId:guid}", async (Guid id, Guid evidenceId, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new RemoveEvidenceCommand(id, evidenceId), ct);
                return TypedResults.NoContent();
            })
            .WithName("RemoveWorkOrderEvidence")
            .WithSummary("Remove a photo or the signature from a work order that is not closed or cancelled: its technician and managers.")
            .RequireAuthorization(Policies.SignedIn)
            .ProducesWriteProblems();
}
