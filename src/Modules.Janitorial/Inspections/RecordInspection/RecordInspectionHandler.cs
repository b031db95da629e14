using MediatR;
using OpsPlatform.Modules.Janitorial.Persistence;
using OpsPlatform.Modules.Janitorial.Sites;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Janitorial.Inspections.RecordInspection;

internal sealed class RecordInspectionHandler(JanitorialSession db, ICurrentUser user) : IRequestHandler<RecordInspectionCommand, InspectionDetails>
{
    private static readonly SiteRole[] Recorders = [SiteRole.Inspector, SiteRole.Technician];

    public async Task<InspectionDetails> Handle(RecordInspectionCommand command, CancellationToken cancellationToken)
    {
        var site = await db.WritableSiteAsync(command.SiteId!.Value, user, Recorders, cancellationToken);
        var schedule = await db.ReferencedScheduleAsync(command.ScheduleId, cancellationToken);
        var now = db.Time.GetUtcNow();
        var inspection = SiteInspection.Record(site, schedule, user.Id, InspectionFindings.From(command), DateOnly.FromDateTime(now.UtcDateTime));
        db.Insert(inspection);

        var audience = InspectionAccess.Audience(site, inspection, schedule?.AssignedTo);
        db.Publish(InspectionEvents.Recorded(site, inspection, audience, now));
        if (!inspection.Passed) db.Publish(InspectionEvents.Failed(site, inspection, audience, now));
        await db.SaveChangesAsync(cancellationToken);
        return InspectionDetails.From(inspection);
    }
}
