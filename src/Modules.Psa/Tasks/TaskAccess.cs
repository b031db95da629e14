using OpsPlatform.Identity.Contracts;
using OpsPlatform.Modules.Psa.Persistence;
using OpsPlatform.Modules.Psa.Projects;
using OpsPlatform.Shared.Kernel.Domain;

namespace OpsPlatform.Modules.Psa.Tasks;

/// <summary>A task is seen by whoever sees its project's inside; anyone else (client viewers too) gets 404.</summary>
internal static class TaskAccess
{
    public static async Task<(ProjectTask Task, Project Project)> TaskAsync(this PsaSession db, Guid id, ICurrentUser user, CancellationToken cancellationToken)
    {
        var task = await db.Documents.LoadAsync<ProjectTask>(id, cancellationToken) ?? throw new NotFoundException("Task", id);
        var project = await db.Documents.LoadAsync<Project>(task.ProjectId, cancellationToken);
        return project is not null && project.Allows(user, ProjectView.Team) ? (task, project) : throw new NotFoundException("Task", id);
    }

    /// <summary>Only the project's owner (or an admin) creates, edits or deletes its tasks; to the rest of the team the task is there but this is not found.</summary>
    public static async Task<(ProjectTask Task, Project Project)> TaskToEditAsync(this PsaSession db, Guid id, ICurrentUser user, CancellationToken cancellationToken)
    {
        var (task, project) = await db.TaskAsync(id, user, cancellationToken);
        return project.Allows(user, ProjectView.Owner) ? (task, project) : throw new NotFoundException("Task", id);
    }
}
