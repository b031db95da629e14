using System.Text.Json.Serialization;
using OpsPlatform.Shared.Kernel.Cqrs;

namespace OpsPlatform.Modules.Psa.Tasks.CreateTask;

internal sealed record CreateTaskCommand(string Title, string? Description, Guid? AssigneeId, DateOnly? DueOn, TaskPriority? Priority, decimal? EstimateHours)
    : ICommand<TaskDetails>, ITaskFields
{
    [JsonIgnore] public Guid ProjectId { get; init; }
}
