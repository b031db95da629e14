using MediatR;
using Marten;
using OpsPlatform.Modules.Janitorial.Persistence;
using OpsPlatform.Shared.Files.Attachments;
using OpsPlatform.Shared.Kernel.Domain;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Janitorial.Inspections.Photos.AddInspectionPhoto;

/// <summary>
/// Stores the bytes (and a thumbnail), then commits the photo's record; if the commit fails the bytes are removed
/// again, and if the host dies in between, the orphan sweep removes them (no record, no visible file).
/// </summary>
internal sealed class AddInspectionPhotoHandler(JanitorialSession db, FileAttachments attachments, ICurrentUser user)
    : IRequestHandler<AddInspectionPhotoCommand, InspectionPhotoDetails>
{
    public const int MaxPhotos = 50;

    public async Task<InspectionPhotoDetails> Handle(AddInspectionPhotoCommand command, CancellationToken cancellationToken)
    {
        await db.EnsureWritableAsync(command.InspectionId, user, cancellationToken);
        if (await db.Documents.Query<InspectionPhoto>().CountAsync(p => p.InspectionId == command.InspectionId, cancellationToken) >= MaxPhotos)
            throw new DomainRuleViolation($"An inspection holds at most {MaxPhotos} photos; remove one first.", "file");

        await using var upload = await command.Receive(cancellationToken);
        InspectionPhoto.EnsureImage(upload);
        var id = Guid.CreateVersion7();
        var key = InspectionPhoto.KeyOf(command.InspectionId, id);
        var photo = InspectionPhoto.Of(id, command.InspectionId, await attachments.StoreAsync(key, upload, user.Id, cancellationToken));
        db.Documents.Insert(photo);
        await attachments.CommitAsync(key, () => db.SaveChangesAsync(cancellationToken));
        return InspectionPhotoDetails.From(photo);
    }
}
