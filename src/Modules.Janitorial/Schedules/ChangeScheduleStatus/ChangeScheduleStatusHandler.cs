using Marten;
using MediatR;
using OpsPlatform.Modules.Janitorial.Persistence;
using OpsPlatform.Modules.Janitorial.Sites;
using OpsPlatform.Shared.Kernel.Domain;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Janitorial.Schedules.ChangeScheduleStatus;

internal sealed class ChangeScheduleStatusHandler(JanitorialSession db, ICurrentUser user) : IRequestHandler<ChangeScheduleStatusCommand, ScheduleDetails>
{
    public async Task<ScheduleDetails> Handle(ChangeScheduleStatusCommand command, CancellationToken cancellationToken)
    {
        // Crew members change only their own occurrences; anyone else's is not found for them.
        var schedule = await db.Documents.LoadAsync<CleaningSchedule>(command.Id, cancellationToken);
        if (schedule is null || !(user.IsManager || schedule.AssignedTo == user.Id)) throw new NotFoundException("Schedule", command.Id);
        schedule.EnsureVersion(command.Version);
        var from = schedule.Status;
        schedule.ChangeStatus(command.Status!.Value);
        db.Update(schedule);
        // Those who may read the occurrence: its crew member and the site's inspectors (managers see every event).
        var site = await db.Documents.LoadAsync<ClientSite>(schedule.SiteId, cancellationToken);
        var inspectors = site?.Members.Where(m => m.Role == SiteRole.Inspector).Select(m => m.UserId) ?? [];
        db.Publish(schedule.StatusChanged(from, user.Id, [schedule.AssignedTo, .. inspectors], db.Time.GetUtcNow()));
        await db.SaveChangesAsync(cancellationToken);
        return ScheduleDetails.From(schedule);
    }
}
