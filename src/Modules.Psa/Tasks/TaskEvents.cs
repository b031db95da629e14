using OpsPlatform.Modules.Psa.Contracts;
using OpsPlatform.Modules.Psa.Persistence;
using OpsPlatform.Modules.Psa.Projects;

namespace OpsPlatform.Modules.Psa.Tasks;

internal static class TaskEvents
{
    public static void PublishAssigned(this PsaSession db, ProjectTask task, Project project, DateTimeOffset now)
    {
        var assignee = task.AssigneeId!.Value;
        IReadOnlyList<Guid> audience = assignee == project.OwnerId ? [assignee] : [project.OwnerId, assignee];
        db.Publish(new TaskAssigned(Guid.CreateVersion7(now), now, task.Id, task.ProjectId, task.Title, assignee, task.DueOn, audience));
    }
}
