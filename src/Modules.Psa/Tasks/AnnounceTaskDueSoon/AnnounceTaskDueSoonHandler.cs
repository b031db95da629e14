using MediatR;
using OpsPlatform.Modules.Psa.Contracts;
using OpsPlatform.Modules.Psa.Persistence;
using OpsPlatform.Modules.Psa.Projects;

namespace OpsPlatform.Modules.Psa.Tasks.AnnounceTaskDueSoon;

internal sealed class AnnounceTaskDueSoonHandler(PsaSession db) : IRequestHandler<AnnounceTaskDueSoonCommand, bool>
{
    public async Task<bool> Handle(AnnounceTaskDueSoonCommand command, CancellationToken cancellationToken)
    {
        var task = await db.Documents.LoadAsync<ProjectTask>(command.TaskId, cancellationToken);
        if (task is not { IsOpen: true } || task.DueOn != command.DueOn) return false;
        var project = await db.Documents.LoadAsync<Project>(task.ProjectId, cancellationToken);
        if (project is null) return false;
        var now = db.Time.GetUtcNow();
        IReadOnlyList<Guid> audience = task.AssigneeId is { } assignee && assignee != project.OwnerId ? [project.OwnerId, assignee] : [project.OwnerId];
        db.Publish(new TaskDueSoon(Guid.CreateVersion7(now), now, task.Id, task.ProjectId, task.Title, task.AssigneeId, command.DueOn, audience));
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
