using MediatR;
using Microsoft.EntityFrameworkCore;
using OpsPlatform.Modules.Janitorial.Persistence;
using OpsPlatform.Shared.Files.Storage;
using OpsPlatform.Shared.Kernel.Domain;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Janitorial.Inspections.Photos.RemoveInspectionPhoto;

/// <summary>The record goes first; the bytes follow once that committed (if removing them fails, the orphan sweep finishes the job).</summary>
internal sealed class RemoveInspectionPhotoHandler(JanitorialDbContext db, IFileStore files, ICurrentUser user) : IRequestHandler<RemoveInspectionPhotoCommand, bool>
{
    public async Task<bool> Handle(RemoveInspectionPhotoCommand command, CancellationToken cancellationToken)
    {
        await db.EnsureWritableAsync(command.InspectionId, user, cancellationToken);
        if (await db.InspectionPhotos.Where(p => p.Id == command.PhotoId && p.InspectionId == command.InspectionId).ExecuteDeleteAsync(cancellationToken) == 0)
            throw new NotFoundException("Photo", command.PhotoId);
        await files.DeleteAsync(InspectionPhoto.KeyOf(command.InspectionId, command.PhotoId), CancellationToken.None);
        return true;
    }
}
