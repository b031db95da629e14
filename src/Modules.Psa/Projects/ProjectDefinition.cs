namespace OpsPlatform.Modules.Psa.Projects;

/// <summary>The editable fields of a project, as created or updated.</summary>
internal sealed record ProjectDefinition(
    string Name, string ClientName, string? Description, DateOnly? StartsOn, DateOnly? DueOn,
    decimal? BudgetHours, decimal? BudgetAmount, decimal? HourlyRate);
