using OpsPlatform.Shared.Kernel.Cqrs;
using OpsPlatform.Shared.Kernel.Http;

namespace OpsPlatform.Modules.Psa.Projects.ListProjects;

/// <summary>Archived projects are left out unless <see cref="Archived"/> asks for them.</summary>
internal sealed record ListProjectsQuery(
    QueryEnum<ProjectStatus>? Status, Guid? OwnerId, string? ClientName, DateOnly? DueBefore, bool? Archived,
    int? Page, int? PageSize, string? Sort, bool? Count)
    : IQuery<Paged<ProjectSummary>>, IPagedQuery;
