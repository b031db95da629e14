namespace OpsPlatform.Modules.Psa.Projects;

/// <summary>One step of a project's status history.</summary>
internal sealed record StatusChange(ProjectStatus From, ProjectStatus To, Guid ChangedBy, DateTimeOffset ChangedAt, string? Reason);
