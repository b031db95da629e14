using OpsPlatform.Shared.Kernel.Cqrs;

namespace OpsPlatform.Modules.Psa.Projects.CreateProject;

/// <summary>Without <see cref="ManagerId"/> the caller leads the project.</summary>
internal sealed record CreateProjectCommand(
    string Code, string Name, string ClientName, string? Description, Guid? ManagerId, DateOnly? StartsOn, DateOnly? DueOn)
    : ICommand<ProjectDetails>;
