using OpsPlatform.Shared.Kernel.Cqrs;
using OpsPlatform.Shared.Kernel.Http;

namespace OpsPlatform.Modules.Psa.Projects.ListProjects;

internal sealed record ListProjectsQuery(
    QueryEnum<ProjectStatus>? Status, Guid? ManagerId, string? ClientName, DateOnly? DueBefore, int? Page, int? PageSize, string? Sort)
    : IQuery<Paged<ProjectSummary>>, IPagedQuery;
