using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpsPlatform.Shared.Kernel.Http;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Janitorial.Inspections.Photos.RemoveInspectionPhoto;

internal static class RemoveInspectionPhotoEndpoint
{
    public static void MapRemoveInspectionPhoto(this RouteGroupBuilder group) =>
        group.MapDelete("/inspections/{id:guid}/photos/{photoId:guid}", async (Guid id, Guid photoId, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new RemoveInspectionPhotoCommand(id, photoId), ct);
                return TypedResults.NoContent();
            })
            .WithName("RemoveInspectionPhoto")
            .WithSummary("Remove a photo from an inspection: managers and the site's inspectors.")
            .RequireAuthorization(Policies.SignedIn)
            .ProducesWriteProblems();
}
