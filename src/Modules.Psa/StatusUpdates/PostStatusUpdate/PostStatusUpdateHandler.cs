using Marten;
using MediatR;
using OpsPlatform.Modules.Psa.Persistence;
using OpsPlatform.Modules.Psa.Projects;
using OpsPlatform.Modules.Psa.Tasks;
using OpsPlatform.Modules.Psa.Time;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Psa.StatusUpdates.PostStatusUpdate;

/// <summary>The owner posts; the snapshot counts the tasks done of all, and the hours logged (rejected time aside) against the budget.</summary>
internal sealed class PostStatusUpdateHandler(PsaSession db, ICurrentUser user) : IRequestHandler<PostStatusUpdateCommand, StatusUpdateDetails>
{
    public async Task<StatusUpdateDetails> Handle(PostStatusUpdateCommand command, CancellationToken cancellationToken)
    {
        var project = await db.ProjectAsync(command.ProjectId, user, ProjectView.Owner, cancellationToken);
        project.EnsureNotArchived();
        var id = project.Id;
        var total = await db.Documents.Query<ProjectTask>().CountAsync(t => t.ProjectId == id, cancellationToken);
        var done = await db.Documents.Query<ProjectTask>().CountAsync(t => t.ProjectId == id && t.Status == ProjectTaskStatus.Done, cancellationToken);
        var minutes = await db.Documents.Query<TimeEntry>()
            .Where(e => e.ProjectId == id && e.Status != TimeEntryStatus.Rejected).SumAsync(e => e.Minutes, cancellationToken);
        var update = StatusUpdate.Post(id, command.Text, command.Health!.Value, user.Id, db.Time.GetUtcNow(),
            new ProgressSnapshot(done, total, Math.Round(minutes / 60m, 2), project.BudgetHours));
        db.Insert(update);
        await db.SaveChangesAsync(cancellationToken);
        return StatusUpdateDetails.From(update);
    }
}
