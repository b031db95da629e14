using System.Text.Json.Serialization;
using OpsPlatform.Shared.Kernel.Cqrs;

namespace OpsPlatform.Modules.Psa.Tasks.UpdateTask;

internal sealed record UpdateTaskCommand(
    string Title, string? Description, Guid? AssigneeId, DateOnly? DueOn, TaskPriority? Priority, decimal? EstimateHours, int? Version)
    : ICommand<TaskDetails>, ITaskFields
{
    [JsonIgnore] public Guid Id { get; init; }
}
