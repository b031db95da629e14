namespace OpsPlatform.Modules.Psa.Tasks;

internal sealed record TaskDefinition(string Title, string? Description, Guid? AssigneeId, DateOnly? DueOn, TaskPriority Priority, decimal? EstimateHours);
