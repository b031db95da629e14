namespace OpsPlatform.Modules.Psa.Projects;

internal sealed record ProjectDetails(
    Guid Id, string Code, string Name, string ClientName, string Description, ProjectStatus Status, Guid OwnerId,
    DateOnly? StartsOn, DateOnly? DueOn, decimal? BudgetHours, decimal? BudgetAmount, decimal? HourlyRate, bool Archived,
    IReadOnlyCollection<ProjectMember> Members, IReadOnlyList<StatusChange> History, int Version, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
{
    public static ProjectDetails From(Project p) => new(
        p.Id, p.Code, p.Name, p.ClientName, p.Description, p.Status, p.OwnerId, p.StartsOn, p.DueOn, p.BudgetHours, p.BudgetAmount,
        p.HourlyRate, p.Archived, p.Members, p.History, p.Version, p.CreatedAt, p.UpdatedAt);
}
