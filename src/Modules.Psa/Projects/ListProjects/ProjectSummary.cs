namespace OpsPlatform.Modules.Psa.Projects.ListProjects;

internal sealed record ProjectSummary(Guid Id, string Code, string Name, string ClientName, ProjectStatus Status, Guid ManagerId, DateOnly? DueOn);
