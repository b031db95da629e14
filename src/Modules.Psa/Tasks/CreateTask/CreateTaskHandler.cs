using MediatR;
using OpsPlatform.Modules.Psa.Persistence;
using OpsPlatform.Modules.Psa.Projects;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Psa.Tasks.CreateTask;

internal sealed class CreateTaskHandler(PsaSession db, ICurrentUser user) : IRequestHandler<CreateTaskCommand, TaskDetails>
{
    public async Task<TaskDetails> Handle(CreateTaskCommand command, CancellationToken cancellationToken)
    {
        var project = await db.ProjectAsync(command.ProjectId, user, ProjectView.Owner, cancellationToken);
        var task = ProjectTask.Create(project, ((ITaskFields)command).ToDefinition());
        var now = db.Time.GetUtcNow();
        db.Insert(task);
        if (task.AssigneeId is not null) db.PublishAssigned(task, project, now);
        db.RescheduleDueSoon(task, now);
        await db.SaveChangesAsync(cancellationToken);
        return TaskDetails.From(task);
    }
}
