namespace OpsPlatform.Modules.Psa.Projects;

internal sealed record ProjectDetails(
    Guid Id, string Code, string Name, string ClientName, string Description, ProjectStatus Status, Guid ManagerId,
    DateOnly? StartsOn, DateOnly? DueOn, int Version, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
{
    public static ProjectDetails From(Project p) => new(
        p.Id, p.Code, p.Name, p.ClientName, p.Description, p.Status, p.ManagerId, p.StartsOn, p.DueOn, p.Version, p.CreatedAt, p.UpdatedAt);
}
