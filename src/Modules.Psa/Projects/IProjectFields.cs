namespace OpsPlatform.Modules.Psa.Projects;

/// <summary>The fields creating and updating a project share (one validator for both).</summary>
internal interface IProjectFields
{
    string Name { get; }
    string ClientName { get; }
    string? Description { get; }
    DateOnly? StartsOn { get; }
    DateOnly? DueOn { get; }
    decimal? BudgetHours { get; }
    decimal? BudgetAmount { get; }
    decimal? HourlyRate { get; }

    ProjectDefinition ToDefinition() => new(Name, ClientName, Description, StartsOn, DueOn, BudgetHours, BudgetAmount, HourlyRate);
}
