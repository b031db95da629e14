using Marten;
using MediatR;
using OpsPlatform.Modules.Janitorial.Inspections.Photos;
using OpsPlatform.Modules.Janitorial.Persistence;
using OpsPlatform.Shared.Files.Attachments;
using OpsPlatform.Shared.Kernel.Domain;

namespace OpsPlatform.Modules.Janitorial.Inspections.DeleteInspection;

/// <summary>
/// Removes a log entered by mistake with its photos; events already raised for it stand (a work order raised from it is
/// Maintenance's). The photos' bytes go once the records are gone; any left behind are the orphan sweep's.
/// </summary>
internal sealed class DeleteInspectionHandler(JanitorialSession db, FileAttachments attachments) : IRequestHandler<DeleteInspectionCommand, bool>
{
    public async Task<bool> Handle(DeleteInspectionCommand command, CancellationToken cancellationToken)
    {
        var inspection = await db.Documents.LoadAsync<SiteInspection>(command.Id, cancellationToken) ?? throw new NotFoundException("Inspection", command.Id);
        var photos = await db.Documents.Query<InspectionPhoto>().Where(p => p.InspectionId == command.Id).Select(p => p.Id).ToListAsync(cancellationToken);
        db.Documents.DeleteWhere<InspectionPhoto>(p => p.InspectionId == command.Id);
        db.Documents.Delete(inspection);
        await db.SaveChangesAsync(cancellationToken);
        await attachments.RemoveAsync(photos.Select(photo => InspectionPhoto.KeyOf(command.Id, photo)));
        return true;
    }
}
