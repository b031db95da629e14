using OpsPlatform.Shared.Kernel.Cqrs;
using OpsPlatform.Shared.Kernel.Http;

namespace OpsPlatform.Modules.Psa.Tasks.ListTasks;

/// <summary>
/// The task board: <see cref="Mine"/> for the caller's own tasks, <see cref="Overdue"/> for open tasks past their due
/// date, or by project, assignee, status, priority and due date.
/// </summary>
internal sealed record ListTasksQuery(
    Guid? ProjectId, Guid? AssigneeId, bool? Mine, QueryEnum<ProjectTaskStatus>? Status, QueryEnum<TaskPriority>? Priority,
    bool? Overdue, DateOnly? DueBefore, int? Page, int? PageSize, string? Sort, bool? Count)
    : IQuery<Paged<TaskSummary>>, IPagedQuery;
