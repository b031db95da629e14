using System.Text.Json.Serialization;
using OpsPlatform.Shared.Kernel.Cqrs;

namespace OpsPlatform.Modules.Psa.Projects.UpdateProject;

/// <summary>Replaces the project's editable fields. <see cref="Version"/>, when sent, must be the current one (409 otherwise).</summary>
internal sealed record UpdateProjectCommand(
    string Name, string ClientName, string? Description, DateOnly? StartsOn, DateOnly? DueOn,
    decimal? BudgetHours, decimal? BudgetAmount, decimal? HourlyRate, int? Version)
    : ICommand<ProjectDetails>, IProjectFields
{
    [JsonIgnore] public Guid Id { get; init; }
}
