using Marten;
using OpsPlatform.Modules.Psa.Contracts;
using OpsPlatform.Modules.Psa.Persistence;
using OpsPlatform.Modules.Psa.Projects;
using OpsPlatform.Shared.Kernel.Bus;

namespace OpsPlatform.Modules.Psa.Notifications;

/// <summary>"A task was assigned to me": tells the assignee, unless the owner (who assigns tasks) took it themselves.</summary>
public sealed class TaskAssignedHandler(PsaSession db, TimeProvider clock) : IIntegrationEventHandler<TaskAssigned>
{
    public async Task Handle(TaskAssigned message, CancellationToken cancellationToken)
    {
        var project = await db.Documents.LoadAsync<Project>(message.ProjectId, cancellationToken);
        if (project is null || project.OwnerId == message.AssigneeId) return;
        db.Notify(PsaNotices.TaskAssigned, "normal", $"{PsaNotices.TaskAssigned}:{message.EventId}", [message.AssigneeId],
            $"New task in {project.Code}: {message.Title}",
            $"{project.Name}: \"{message.Title}\" is yours{(message.DueOn is { } due ? $", due {due:yyyy-MM-dd}" : "")}.",
            $"/admin/psa/tasks/{message.TaskId}", "task", message.TaskId, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
    }
}
