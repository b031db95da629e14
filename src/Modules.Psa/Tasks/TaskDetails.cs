namespace OpsPlatform.Modules.Psa.Tasks;

internal sealed record TaskDetails(
    Guid Id, Guid ProjectId, string Title, string Description, Guid? AssigneeId, DateOnly? DueOn, TaskPriority Priority,
    decimal? EstimateHours, ProjectTaskStatus Status, DateTimeOffset? CompletedAt, int Version, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
{
    public static TaskDetails From(ProjectTask t) => new(
        t.Id, t.ProjectId, t.Title, t.Description, t.AssigneeId, t.DueOn, t.Priority, t.EstimateHours, t.Status, t.CompletedAt,
        t.Version, t.CreatedAt, t.UpdatedAt);
}
