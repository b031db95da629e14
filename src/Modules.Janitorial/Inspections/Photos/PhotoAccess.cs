using Marten;
using OpsPlatform.Modules.Janitorial.Persistence;
using OpsPlatform.Modules.Janitorial.Sites;
using OpsPlatform.Shared.Kernel.Domain;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Janitorial.Inspections.Photos;

/// <summary>A photo is readable and writable by exactly those who may read and write its inspection; to anyone else it is not found.</summary>
internal static class PhotoAccess
{
    private static readonly SiteRole[] Editors = [SiteRole.Inspector];

    public static async Task EnsureReadableAsync(this JanitorialSession db, Guid inspectionId, ICurrentUser user, CancellationToken cancellationToken)
    {
        if (!await (await db.VisibleInspectionsAsync(user, cancellationToken)).AnyAsync(i => i.Id == inspectionId, cancellationToken))
            throw new NotFoundException("Inspection", inspectionId);
    }

    /// <summary>Managers, and the inspectors of the inspection's site (who may also correct it): the rule of <c>UpdateInspection</c>.</summary>
    public static async Task EnsureWritableAsync(this JanitorialSession db, Guid inspectionId, ICurrentUser user, CancellationToken cancellationToken)
    {
        var inspection = await db.Documents.LoadAsync<SiteInspection>(inspectionId, cancellationToken)
                         ?? throw new NotFoundException("Inspection", inspectionId);
        try
        {
            await db.WritableSiteAsync(inspection.SiteId, user, Editors, cancellationToken);
        }
        catch (NotFoundException)
        {
            throw new NotFoundException("Inspection", inspectionId);
        }
    }
}
