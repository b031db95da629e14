using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpsPlatform.Identity.Contracts;
using OpsPlatform.Shared.Kernel.Http;

namespace OpsPlatform.Modules.Maintenance.WorkOrders.Evidence.ListEvidence;

internal static class ListEvidenceEndpoint
{
    public static void MapListEvidence(this RouteGroupBuilder group) =>
        group.MapGet("/work-orders/{id:guid}/evidence", async ([AsParameters] ListEvidenceQuery query, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(query, ct)))
            .WithName("ListWorkOrderEvidence")
            .WithSummary("A work order's photos and signature (kind=photo|signature) in upload order, with links to each file and its thumbnail, for whoever may see the work order.")
            .RequireAuthorization(Policies.SignedIn)
            .ProducesReadProblems();
}
