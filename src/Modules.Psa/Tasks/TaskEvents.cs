using OpsPlatform.Modules.Psa.Contracts;
using OpsPlatform.Modules.Psa.Persistence;
using OpsPlatform.Modules.Psa.Projects;
using OpsPlatform.Shared.Kernel.Persistence;

namespace OpsPlatform.Modules.Psa.Tasks;

internal static class TaskEvents
{
    public static void PublishAssigned(this PsaSession db, ProjectTask task, Project project, DateTimeOffset now)
    {
        var assignee = task.AssigneeId!.Value;
        IReadOnlyList<Guid> audience = assignee == project.OwnerId ? [assignee] : [project.OwnerId, assignee];
        db.Publish(new TaskAssigned(Guid.CreateVersion7(now), now, task.Id, task.ProjectId, task.Title, assignee, task.DueOn, audience));
    }

    /// <summary>To the project's team (owner and members), who see its board.</summary>
    public static void PublishStatusChanged(this PsaSession db, ProjectTask task, Project project, ProjectTaskStatus from, Guid by, DateTimeOffset now) =>
        db.Publish(new TaskStatusChanged(Guid.CreateVersion7(now), now, task.Id, task.ProjectId, task.Title, EnumText<ProjectTaskStatus>.ToText(from),
            EnumText<ProjectTaskStatus>.ToText(task.Status), by,
            [project.OwnerId, .. project.Members.Where(m => m.Role == ProjectRole.Member).Select(m => m.UserId).Where(id => id != project.OwnerId)]));
}
