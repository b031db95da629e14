using System.Text.Json.Serialization;
using OpsPlatform.Shared.Kernel.Cqrs;

namespace OpsPlatform.Modules.Psa.Projects.ChangeProjectStatus;

internal sealed record ChangeProjectStatusCommand(ProjectStatus? Status, string? Reason, int? Version) : ICommand<ProjectDetails>
{
    [JsonIgnore] public Guid Id { get; init; }
}
