using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using OpsPlatform.Identity.Contracts;
using OpsPlatform.Shared.Files.Uploads;
using OpsPlatform.Shared.Kernel.Http;

namespace OpsPlatform.Modules.Maintenance.WorkOrders.Evidence.AttachEvidence;

internal static class AttachEvidenceEndpoint
{
    public static void MapAttachEvidence(this RouteGroupBuilder group)
    {
        group.MapPost("/work-orders/{id:guid}/evidence/photos", (Guid id, HttpRequest request, UploadReader reader, IMediator mediator, CancellationToken ct) =>
                AttachAsync(new AttachEvidenceCommand(id, EvidenceKind.Photo, token => reader.ReadAsync(request, token)), mediator, ct))
            .WithName("AddWorkOrderPhoto")
            .WithSummary("Attach a photo of the work (JPEG, PNG, GIF or WebP, as multipart/form-data part 'file'), until the work order is closed or cancelled: its technician and managers. At most 50.")
            .Describe();

        group.MapPut("/work-orders/{id:guid}/evidence/signature", (Guid id, HttpRequest request, UploadReader reader, IMediator mediator, CancellationToken ct) =>
                AttachAsync(new AttachEvidenceCommand(id, EvidenceKind.Signature, token => reader.ReadAsync(request, token)), mediator, ct))
            .WithName("SignWorkOrder")
            .WithSummary("Store the signature image taken on completion (a completed work order only; 409 otherwise), replacing an earlier one: its technician and managers.")
            .Describe();
    }

    private static async Task<IResult> AttachAsync(AttachEvidenceCommand command, IMediator mediator, CancellationToken ct)
    {
        var evidence = await mediator.Send(command, ct);
        return TypedResults.Created(evidence.ContentUrl, evidence);
    }

    private static void Describe(this RouteHandlerBuilder endpoint) =>
        endpoint.AcceptsUpload()
            .Produces<EvidenceDetails>(StatusCodes.Status201Created)
            .RequireAuthorization(Policies.SignedIn)
            .ProducesWriteProblems()
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
}
