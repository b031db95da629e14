using Marten;
using MediatR;
using OpsPlatform.Modules.Psa.Contracts;
using OpsPlatform.Modules.Psa.Persistence;
using OpsPlatform.Modules.Psa.Projects;
using OpsPlatform.Identity.Contracts;
using OpsPlatform.Shared.Kernel.Domain;

namespace OpsPlatform.Modules.Psa.Time.SubmitWeek;

internal sealed class SubmitWeekHandler(PsaSession db, ICurrentUser user) : IRequestHandler<SubmitWeekCommand, WeekSubmission>
{
    public async Task<WeekSubmission> Handle(SubmitWeekCommand command, CancellationToken cancellationToken)
    {
        var me = user.Id;
        var week = command.WeekStart!.Value;
        var entries = await db.Documents.Query<TimeEntry>()
            .Where(e => e.UserId == me && e.WeekStart == week && (e.Status == TimeEntryStatus.Draft || e.Status == TimeEntryStatus.Rejected))
            .ToListAsync(cancellationToken);
        if (entries.Count == 0)
            throw new DomainRuleViolation($"You have no draft or rejected time in the week of {week:yyyy-MM-dd} to submit.", "weekStart");
        foreach (var entry in entries)
        {
            entry.Submit();
            db.Update(entry);
        }
        var now = db.Time.GetUtcNow();
        var owners = (await db.Documents.LoadManyAsync<Project>(cancellationToken, entries.Select(e => e.ProjectId).Distinct()))
            .ToDictionary(p => p.Id, p => p.OwnerId);
        foreach (var project in entries.GroupBy(e => e.ProjectId))
        {
            db.Publish(new TimeSubmitted(Guid.CreateVersion7(now), now, project.Key, me, week, project.Sum(e => e.Minutes),
                owners.TryGetValue(project.Key, out var owner) && owner != me ? [me, owner] : [me]));
        }
        await db.SaveChangesAsync(cancellationToken);
        return new WeekSubmission(week, entries.Count, entries.Sum(e => e.Minutes));
    }
}
