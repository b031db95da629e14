using OpsPlatform.Admin.Modules.Psa.Api;
using static OpsPlatform.Admin.Modules.Psa.Api.ProjectTaskStatus;

namespace OpsPlatform.Admin.Modules.Psa;

/// <summary>
/// The task moves a person may make, so the board offers only those: the module's task workflow
/// (<c>ProjectTask.Moves</c>), for the project's owner (or an admin) on any task and for an assignee on their own.
/// The API still refuses (404 for someone else's task, 409 naming the allowed moves) whatever this gets wrong.
/// </summary>
public static class TaskMoves
{
    public static IReadOnlyList<ProjectTaskStatus> From(ProjectTaskStatus status) => status switch
    {
        ToDo => [InProgress, Blocked],
        InProgress => [Done, Blocked, ToDo],
        Blocked => [ToDo, InProgress],
        Done => [InProgress],
        _ => [],
    };

    public static IReadOnlyList<ProjectTaskStatus> For(TaskSummary task, ProjectRights rights) =>
        rights.Runs || (rights.Works && task.AssigneeId == rights.UserId) ? From(task.Status) : [];
}

/// <summary>What the signed-in user is on a project, as far as the screens need to know which buttons to show.</summary>
public sealed record ProjectRights(Guid UserId, bool Runs, bool Works)
{
    public static readonly ProjectRights ClientOnly = new(Guid.Empty, false, false);

    /// <summary>Runs: the owner, or an admin. Works: anyone who may see the project's inside and is not archived out.</summary>
    public static ProjectRights Of(ProjectDetails project, Session.AdminUser user) =>
        project.Archived
            ? new ProjectRights(user.Id, false, false)
            : new ProjectRights(user.Id, project.OwnerId == user.Id || user.IsIn("admin"), true);
}
