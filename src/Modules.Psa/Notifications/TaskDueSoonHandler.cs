using Marten;
using OpsPlatform.Modules.Psa.Contracts;
using OpsPlatform.Modules.Psa.Persistence;
using OpsPlatform.Modules.Psa.Projects;
using OpsPlatform.Shared.Kernel.Bus;

namespace OpsPlatform.Modules.Psa.Notifications;

/// <summary>"A task is due tomorrow": tells its assignee, or the project's owner while nobody holds it (once per due date).</summary>
public sealed class TaskDueSoonHandler(PsaSession db, TimeProvider clock) : IIntegrationEventHandler<TaskDueSoon>
{
    public async Task Handle(TaskDueSoon message, CancellationToken cancellationToken)
    {
        var project = await db.Documents.LoadAsync<Project>(message.ProjectId, cancellationToken);
        if (project is null) return;
        db.Notify(PsaNotices.TaskDueSoon, "normal", $"{PsaNotices.TaskDueSoon}:{message.TaskId}:{message.DueOn:yyyy-MM-dd}", [message.AssigneeId ?? project.OwnerId],
            $"Due {message.DueOn:yyyy-MM-dd}: {message.Title}",
            $"{project.Name} ({project.Code}): \"{message.Title}\" is due on {message.DueOn:yyyy-MM-dd}{(message.AssigneeId is null ? " and nobody is assigned." : ".")}",
            $"/admin/psa/tasks/{message.TaskId}", "task", message.TaskId, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
    }
}
