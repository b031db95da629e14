using MediatR;
using Microsoft.EntityFrameworkCore;
using OpsPlatform.Modules.Janitorial.Persistence;
using OpsPlatform.Modules.Janitorial.Sites;
using OpsPlatform.Shared.Kernel.Domain;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Janitorial.Schedules.ChangeScheduleStatus;

internal sealed class ChangeScheduleStatusHandler(JanitorialDbContext db, ICurrentUser user) : IRequestHandler<ChangeScheduleStatusCommand, ScheduleDetails>
{
    public async Task<ScheduleDetails> Handle(ChangeScheduleStatusCommand command, CancellationToken cancellationToken)
    {
        // Crew members change only their own occurrences; anyone else's is not found for them.
        var schedules = user.IsManager ? db.Schedules : db.Schedules.Where(s => s.AssignedTo == user.Id);
        var schedule = await schedules.SingleOrDefaultAsync(s => s.Id == command.Id, cancellationToken)
                       ?? throw new NotFoundException("Schedule", command.Id);
        schedule.EnsureVersion(command.Version);
        var from = schedule.Status;
        schedule.ChangeStatus(command.Status!.Value);
        // Those who may read the occurrence: its crew member and the site's inspectors (managers see every event).
        var inspectors = await db.MembersOf(schedule.SiteId, SiteRole.Inspector).ToListAsync(cancellationToken);
        db.Publish(schedule.StatusChanged(from, user.Id, [schedule.AssignedTo, .. inspectors], db.Time.GetUtcNow()));
        await db.SaveChangesAsync(cancellationToken);
        return ScheduleDetails.From(schedule);
    }
}
