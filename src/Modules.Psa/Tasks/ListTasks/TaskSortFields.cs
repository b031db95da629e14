using OpsPlatform.Shared.Kernel.Http;

namespace OpsPlatform.Modules.Psa.Tasks.ListTasks;

internal static class TaskSortFields
{
    public static readonly SortFields<ProjectTask> All = new SortFields<ProjectTask>("dueOn")
        .Add("dueOn", t => t.DueOn)
        .Add("priority", t => t.PriorityRank)
        .Add("title", t => t.Title)
        .Add("createdAt", t => t.CreatedAt);
}
