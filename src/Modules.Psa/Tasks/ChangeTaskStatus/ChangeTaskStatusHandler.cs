using MediatR;
using OpsPlatform.Modules.Psa.Persistence;
using OpsPlatform.Modules.Psa.Projects;
using OpsPlatform.Identity.Contracts;
using OpsPlatform.Shared.Kernel.Domain;

namespace OpsPlatform.Modules.Psa.Tasks.ChangeTaskStatus;

/// <summary>The assignee moves their own task; the project's owner (or an admin) may move any. Anyone else: 404.</summary>
internal sealed class ChangeTaskStatusHandler(PsaSession db, ICurrentUser user) : IRequestHandler<ChangeTaskStatusCommand, TaskDetails>
{
    public async Task<TaskDetails> Handle(ChangeTaskStatusCommand command, CancellationToken cancellationToken)
    {
        var (task, project) = await db.TaskAsync(command.Id, user, cancellationToken);
        if (task.AssigneeId != user.Id && !project.Allows(user, ProjectView.Owner)) throw new NotFoundException("Task", command.Id);
        project.EnsureNotArchived();
        task.EnsureVersion(command.Version);
        var now = db.Time.GetUtcNow();
        var from = task.Status;
        task.MoveTo(command.Status!.Value, now);
        db.Update(task);
        db.PublishStatusChanged(task, project, from, user.Id, now);
        db.RescheduleDueSoon(task, now);
        await db.SaveChangesAsync(cancellationToken);
        return TaskDetails.From(task);
    }
}
