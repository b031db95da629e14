namespace OpsPlatform.Modules.Psa.Tasks.ListTasks;

internal sealed record TaskSummary(Guid Id, Guid ProjectId, string Title, Guid? AssigneeId, DateOnly? DueOn, TaskPriority Priority, ProjectTaskStatus Status);
