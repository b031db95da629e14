using Microsoft.EntityFrameworkCore;
using OpsPlatform.Modules.Janitorial.Persistence;
using OpsPlatform.Modules.Janitorial.Sites;
using OpsPlatform.Shared.Kernel.Domain;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Janitorial.Inspections.Photos;

/// <summary>A photo is readable and writable by exactly those who may read and write its inspection; to anyone else it is not found.</summary>
internal static class PhotoAccess
{
    private static readonly SiteRole[] Editors = [SiteRole.Inspector];

    public static async Task EnsureReadableAsync(this JanitorialDbContext db, Guid inspectionId, ICurrentUser user, CancellationToken cancellationToken)
    {
        if (!await db.Inspections.VisibleTo(db, user).AnyAsync(i => i.Id == inspectionId, cancellationToken))
            throw new NotFoundException("Inspection", inspectionId);
    }

    /// <summary>Managers, and the inspectors of the inspection's site (who may also correct it): the rule of <c>UpdateInspection</c>.</summary>
    public static async Task EnsureWritableAsync(this JanitorialDbContext db, Guid inspectionId, ICurrentUser user, CancellationToken cancellationToken)
    {
        var siteId = await db.Inspections.Where(i => i.Id == inspectionId).Select(i => (Guid?)i.SiteId).SingleOrDefaultAsync(cancellationToken)
                     ?? throw new NotFoundException("Inspection", inspectionId);
        try
        {
            await db.WritableSiteAsync(siteId, user, Editors, cancellationToken);
        }
        catch (NotFoundException)
        {
            throw new NotFoundException("Inspection", inspectionId);
        }
    }
}
