using OpsPlatform.Shared.Kernel.Cqrs;
using OpsPlatform.Shared.Kernel.Http;

namespace OpsPlatform.Modules.Psa.Projects.ListProjects;

internal sealed record ListProjectsQuery(
    QueryEnum<ProjectStatus>? Status, Guid? ManagerId, string? ClientName, DateOnly? DueBefore, int? Page, int? PageSize, string? Sort, bool? Count)
    : IQuery<Paged<ProjectSummary>>, IPagedQuery;
