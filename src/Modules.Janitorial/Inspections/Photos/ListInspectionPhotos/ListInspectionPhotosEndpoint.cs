using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpsPlatform.Shared.Kernel.Http;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Janitorial.Inspections.Photos.ListInspectionPhotos;

internal static class ListInspectionPhotosEndpoint
{
    public static void MapListInspectionPhotos(this RouteGroupBuilder group) =>
        group.MapGet("/inspections/{id:guid}/photos", async ([AsParameters] ListInspectionPhotosQuery query, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(query, ct)))
            .WithName("ListInspectionPhotos")
            .WithSummary("An inspection's photos in the order they were taken, for whoever may read the inspection.")
            .RequireAuthorization(Policies.SignedIn)
            .ProducesReadProblems();
}
