using Marten;
using MediatR;
using OpsPlatform.Modules.Psa.Persistence;
using OpsPlatform.Modules.Psa.Projects;
using OpsPlatform.Shared.Kernel.Http;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Psa.Tasks.ListTasks;

/// <summary>Tasks of the projects whose inside the caller sees; a project named in the filter that they may not see is a 404.</summary>
internal sealed class ListTasksHandler(PsaSession db, ICurrentUser user) : IRequestHandler<ListTasksQuery, Paged<TaskSummary>>
{
    public async Task<Paged<TaskSummary>> Handle(ListTasksQuery query, CancellationToken cancellationToken)
    {
        IQueryable<ProjectTask> tasks = db.Documents.Query<ProjectTask>();
        if (query.ProjectId is { } projectId)
        {
            await db.ProjectAsync(projectId, user, ProjectView.Team, cancellationToken);
            tasks = tasks.Where(t => t.ProjectId == projectId);
        }
        else if (await db.TeamProjectIdsAsync(user, cancellationToken) is { } visible)
            tasks = tasks.Where(t => t.ProjectId.IsOneOf(visible));

        if (query.Mine == true)
        {
            var me = user.Id;
            tasks = tasks.Where(t => t.AssigneeId == me);
        }
        if (query.AssigneeId is { } assignee) tasks = tasks.Where(t => t.AssigneeId == assignee);
        if (query.Status is { } status) tasks = tasks.Where(t => t.Status == status.Value);
        if (query.Priority is { } priority)
        {
            var rank = (int)priority.Value + 1;
            tasks = tasks.Where(t => t.PriorityRank == rank);
        }
        if (query.Overdue == true)
        {
            var today = DateOnly.FromDateTime(db.Time.GetUtcNow().UtcDateTime);
            tasks = tasks.Where(t => t.DueOn != null && t.DueOn < today && t.Status != ProjectTaskStatus.Done);
        }
        if (query.DueBefore is { } before) tasks = tasks.Where(t => t.DueOn < before);

        return await TaskSortFields.All.Apply(tasks, query.Sort)
            .Select(t => new TaskSummary(t.Id, t.ProjectId, t.Title, t.AssigneeId, t.DueOn, t.Priority, t.Status))
            .ToPagedAsync(query, cancellationToken);
    }
}
