namespace OpsPlatform.Admin.Modules.Psa.Api;

public enum ProjectTaskStatus { ToDo, InProgress, Done, Blocked }

public enum TaskPriority { Low, Normal, High, Urgent }

public sealed record TaskSummary(Guid Id, Guid ProjectId, string Title, Guid? AssigneeId, DateOnly? DueOn, TaskPriority Priority, ProjectTaskStatus Status);
