using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpsPlatform.Shared.Kernel.Http;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Janitorial.Inspections.GetInspection;

internal static class GetInspectionEndpoint
{
    public static void MapGetInspection(this RouteGroupBuilder group) =>
        group.MapGet("/inspections/{id:guid}", async (Guid id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetInspectionQuery(id), ct)))
            .WithName("GetInspection")
            .WithSummary("One inspection: managers any; site staff those of their sites; client users only where the site grants it.")
            .RequireAuthorization(Policies.SignedIn)
            .ProducesReadProblems();
}
