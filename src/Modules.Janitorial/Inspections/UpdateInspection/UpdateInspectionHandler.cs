using MediatR;
using Marten;
using OpsPlatform.Modules.Janitorial.Persistence;
using OpsPlatform.Modules.Janitorial.Sites;
using OpsPlatform.Shared.Kernel.Domain;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Janitorial.Inspections.UpdateInspection;

internal sealed class UpdateInspectionHandler(JanitorialSession db, ICurrentUser user) : IRequestHandler<UpdateInspectionCommand, InspectionDetails>
{
    private static readonly SiteRole[] Editors = [SiteRole.Inspector];

    public async Task<InspectionDetails> Handle(UpdateInspectionCommand command, CancellationToken cancellationToken)
    {
        var inspection = await db.Documents.LoadAsync<SiteInspection>(command.Id, cancellationToken)
                         ?? throw new NotFoundException("Inspection", command.Id);
        ClientSite site;
        try
        {
            site = await db.WritableSiteAsync(inspection.SiteId, user, Editors, cancellationToken);
        }
        catch (NotFoundException)
        {
            throw new NotFoundException("Inspection", command.Id);
        }
        inspection.EnsureVersion(command.Version);
        var schedule = await db.ReferencedScheduleAsync(command.ScheduleId, cancellationToken);
        var now = db.Time.GetUtcNow();
        if (inspection.Correct(schedule, InspectionFindings.From(command), DateOnly.FromDateTime(now.UtcDateTime)))
            db.Publish(InspectionEvents.Failed(site, inspection, InspectionAccess.Audience(site, inspection, schedule?.AssignedTo), now));
        db.Update(inspection);
        await db.SaveChangesAsync(cancellationToken);
        return InspectionDetails.From(inspection);
    }
}
