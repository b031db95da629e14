namespace OpsPlatform.Modules.Psa.Projects;

internal sealed record ProjectMember(Guid UserId, ProjectRole Role, DateTimeOffset AddedAt);
