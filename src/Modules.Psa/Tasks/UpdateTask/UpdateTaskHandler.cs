using MediatR;
using OpsPlatform.Modules.Psa.Persistence;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Psa.Tasks.UpdateTask;

internal sealed class UpdateTaskHandler(PsaSession db, ICurrentUser user) : IRequestHandler<UpdateTaskCommand, TaskDetails>
{
    public async Task<TaskDetails> Handle(UpdateTaskCommand command, CancellationToken cancellationToken)
    {
        var (task, project) = await db.TaskToEditAsync(command.Id, user, cancellationToken);
        task.EnsureVersion(command.Version);
        var now = db.Time.GetUtcNow();
        var reassigned = task.Update(project, ((ITaskFields)command).ToDefinition());
        db.Update(task);
        if (reassigned) db.PublishAssigned(task, project, now);
        db.RescheduleDueSoon(task, now);
        await db.SaveChangesAsync(cancellationToken);
        return TaskDetails.From(task);
    }
}
