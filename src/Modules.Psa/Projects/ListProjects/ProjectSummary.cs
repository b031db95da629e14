namespace OpsPlatform.Modules.Psa.Projects.ListProjects;

/// <summary>What every member of a project may see of it, client viewers included (no budget, no members).</summary>
internal sealed record ProjectSummary(Guid Id, string Code, string Name, string ClientName, ProjectStatus Status, Guid OwnerId, DateOnly? DueOn, bool Archived);
