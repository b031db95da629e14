using System.Text.Json.Serialization;
using OpsPlatform.Shared.Kernel.Cqrs;

namespace OpsPlatform.Modules.Psa.Tasks.ChangeTaskStatus;

internal sealed record ChangeTaskStatusCommand(ProjectTaskStatus? Status, int? Version) : ICommand<TaskDetails>
{
    [JsonIgnore] public Guid Id { get; init; }
}
