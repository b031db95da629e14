using System.Text.Json.Serialization;
using OpsPlatform.Shared.Kernel.Cqrs;

namespace OpsPlatform.Modules.Psa.Projects.AddProjectMember;

/// <summary>Adds the user in <see cref="Role"/>, or changes the role of a member already there.</summary>
internal sealed record AddProjectMemberCommand(ProjectRole? Role) : ICommand<ProjectDetails>
{
    [JsonIgnore] public Guid Id { get; init; }
    [JsonIgnore] public Guid UserId { get; init; }
}
