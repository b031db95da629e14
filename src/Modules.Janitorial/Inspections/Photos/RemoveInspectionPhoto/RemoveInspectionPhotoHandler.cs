using Marten;
using MediatR;
using OpsPlatform.Modules.Janitorial.Persistence;
using OpsPlatform.Shared.Files.Attachments;
using OpsPlatform.Shared.Kernel.Domain;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Janitorial.Inspections.Photos.RemoveInspectionPhoto;

/// <summary>The record goes first; the bytes follow once that committed (if removing them fails, the orphan sweep finishes the job).</summary>
internal sealed class RemoveInspectionPhotoHandler(JanitorialSession db, FileAttachments attachments, ICurrentUser user) : IRequestHandler<RemoveInspectionPhotoCommand, bool>
{
    public async Task<bool> Handle(RemoveInspectionPhotoCommand command, CancellationToken cancellationToken)
    {
        await db.EnsureWritableAsync(command.InspectionId, user, cancellationToken);
        var photo = await db.Documents.Query<InspectionPhoto>().SingleOrDefaultAsync(p => p.Id == command.PhotoId && p.InspectionId == command.InspectionId, cancellationToken)
                    ?? throw new NotFoundException("Photo", command.PhotoId);
        db.Documents.Delete(photo);
        await db.SaveChangesAsync(cancellationToken);
        await attachments.RemoveAsync(photo.Key);
        return true;
    }
}
