using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpsPlatform.Shared.Kernel.Http;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Janitorial.Inspections.ListInspections;

internal static class ListInspectionsEndpoint
{
    public static void MapListInspections(this RouteGroupBuilder group) =>
        group.MapGet("/inspections", async ([AsParameters] ListInspectionsQuery query, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(query, ct)))
            .WithName("ListInspections")
            .WithSummary("Inspections the caller may see, by site, inspector, date range, scoreBelow or passed; sortable by inspectionDate, score, createdAt.")
            .RequireAuthorization(Policies.SignedIn)
            .ProducesReadProblems();
}
