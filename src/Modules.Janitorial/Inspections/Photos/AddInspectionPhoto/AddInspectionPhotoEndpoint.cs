using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpsPlatform.Shared.Files.Uploads;
using OpsPlatform.Shared.Kernel.Http;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Janitorial.Inspections.Photos.AddInspectionPhoto;

internal static class AddInspectionPhotoEndpoint
{
    public static void MapAddInspectionPhoto(this RouteGroupBuilder group) =>
        group.MapPost("/inspections/{id:guid}/photos", async (Guid id, HttpRequest request, UploadReader reader, IMediator mediator, CancellationToken ct) =>
            {
                var photo = await mediator.Send(new AddInspectionPhotoCommand(id, token => reader.ReadAsync(request, token)), ct);
                return TypedResults.Created(photo.ContentUrl, photo);
            })
            .WithName("AddInspectionPhoto")
            .WithSummary("Attach a photo (JPEG, PNG, GIF or WebP, as multipart/form-data part 'file') to an inspection: managers and the site's inspectors.")
            .AcceptsUpload()
            .RequireAuthorization(Policies.SignedIn)
            .ProducesWriteProblems()
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
}
