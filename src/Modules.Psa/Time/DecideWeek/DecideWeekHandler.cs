using Marten;
using MediatR;
using OpsPlatform.Modules.Psa.Contracts;
using OpsPlatform.Modules.Psa.Persistence;
using OpsPlatform.Modules.Psa.Projects;
using OpsPlatform.Identity.Contracts;
using OpsPlatform.Shared.Kernel.Domain;

namespace OpsPlatform.Modules.Psa.Time.DecideWeek;

internal sealed class DecideWeekHandler(PsaSession db, ICurrentUser user) : IRequestHandler<DecideWeekCommand, WeekDecision>
{
    public async Task<WeekDecision> Handle(DecideWeekCommand command, CancellationToken cancellationToken)
    {
        var project = await db.ProjectAsync(command.ProjectId, user, ProjectView.Owner, cancellationToken);
        var (person, week, id) = (command.UserId!.Value, command.WeekStart!.Value, project.Id);
        var entries = await db.Documents.Query<TimeEntry>()
            .Where(e => e.ProjectId == id && e.UserId == person && e.WeekStart == week && e.Status == TimeEntryStatus.Submitted)
            .ToListAsync(cancellationToken);
        if (entries.Count == 0)
            throw new ConflictException($"There is no submitted time of this person on this project in the week of {week:yyyy-MM-dd}.",
                new Dictionary<string, string[]> { ["weekStart"] = ["Nothing is waiting for a decision in this week."] });

        var now = db.Time.GetUtcNow();
        foreach (var entry in entries)
        {
            if (command.Approve) entry.Approve(user.Id, now);
            else entry.Reject(user.Id, now, command.Reason!);
            db.Update(entry);
        }
        var minutes = entries.Sum(e => e.Minutes);
        if (command.Approve)
            db.Publish(new TimeApproved(Guid.CreateVersion7(now), now, id, person, week, minutes, entries.Where(e => e.Billable).Sum(e => e.Minutes),
                user.Id, [person, project.OwnerId]));
        else
            db.Publish(new TimeRejected(Guid.CreateVersion7(now), now, id, person, week, minutes, command.Reason!, user.Id, [person, project.OwnerId]));
        await db.SaveChangesAsync(cancellationToken);
        return new WeekDecision(id, person, week, entries[0].Status, entries.Count, minutes);
    }
}
