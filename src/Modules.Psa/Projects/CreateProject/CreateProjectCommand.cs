using OpsPlatform.Shared.Kernel.Cqrs;

namespace OpsPlatform.Modules.Psa.Projects.CreateProject;

/// <summary>Without <see cref="OwnerId"/> the caller runs the project.</summary>
internal sealed record CreateProjectCommand(
    string Code, string Name, string ClientName, string? Description, Guid? OwnerId, DateOnly? StartsOn, DateOnly? DueOn,
    decimal? BudgetHours, decimal? BudgetAmount, decimal? HourlyRate)
    : ICommand<ProjectDetails>, IProjectFields;
