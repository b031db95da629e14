using MediatR;
using Marten;
using OpsPlatform.Modules.Janitorial.Persistence;
using OpsPlatform.Shared.Files.Storage;
using OpsPlatform.Shared.Kernel.Domain;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Janitorial.Inspections.Photos.AddInspectionPhoto;

/// <summary>
/// Stores the bytes, then commits the photo's record; if the commit fails the bytes are removed again, and if the host
/// dies in between, the orphan sweep removes them (no record, no visible file).
/// </summary>
internal sealed class AddInspectionPhotoHandler(JanitorialSession db, IFileStore files, ICurrentUser user)
    : IRequestHandler<AddInspectionPhotoCommand, InspectionPhotoDetails>
{
    public const int MaxPhotos = 50;

    public async Task<InspectionPhotoDetails> Handle(AddInspectionPhotoCommand command, CancellationToken cancellationToken)
    {
        await db.EnsureWritableAsync(command.InspectionId, user, cancellationToken);
        if (await db.Documents.Query<InspectionPhoto>().CountAsync(p => p.InspectionId == command.InspectionId, cancellationToken) >= MaxPhotos)
            throw new DomainRuleViolation($"An inspection holds at most {MaxPhotos} photos; remove one first.", "file");

        await using var upload = await command.Receive(cancellationToken);
        var photo = InspectionPhoto.Attach(command.InspectionId, upload, user.Id, db.Time.GetUtcNow());
        await using (var content = upload.OpenRead()) await files.PutAsync(photo.Key, content, photo.ContentType, cancellationToken);
        db.Documents.Insert(photo);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch
        {
            await files.DeleteAsync(photo.Key, CancellationToken.None);
            throw;
        }
        return InspectionPhotoDetails.From(photo);
    }
}
