using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpsPlatform.Shared.Kernel.Http;
using OpsPlatform.Shared.Kernel.Security;

namespace OpsPlatform.Modules.Janitorial.Inspections.Photos.ListInspectionPhotos;

internal static class ListInspectionPhotosEndpoint
{
    public static void MapListInspectionPhotos(this RouteGroupBuilder group) =>
        group.MapGet("/inspections/{id:guid}/photos", async (Guid id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListInspectionPhotosQuery(id), ct)))
            .WithName("ListInspectionPhotos")
            .WithSummary("An inspection's photos, oldest first, for whoever may read the inspection.")
            .RequireAuthorization(Policies.SignedIn)
            .ProducesReadProblems();
}
