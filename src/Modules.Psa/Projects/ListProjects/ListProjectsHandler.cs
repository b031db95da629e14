using MediatR;
using OpsPlatform.Modules.Psa.Persistence;
using OpsPlatform.Shared.Kernel.Http;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Psa.Projects.ListProjects;

internal sealed class ListProjectsHandler(PsaSession db, ICurrentUser user) : IRequestHandler<ListProjectsQuery, Paged<ProjectSummary>>
{
    public Task<Paged<ProjectSummary>> Handle(ListProjectsQuery query, CancellationToken cancellationToken)
    {
        var projects = db.Documents.Query<Project>().VisibleTo(user);
        if (query.Status is { } status) projects = projects.Where(p => p.Status == status.Value);
        if (query.ManagerId is { } manager) projects = projects.Where(p => p.ManagerId == manager);
        if (!string.IsNullOrWhiteSpace(query.ClientName)) projects = projects.Where(p => p.ClientName == query.ClientName);
        if (query.DueBefore is { } before) projects = projects.Where(p => p.DueOn < before);

        return ProjectSortFields.All.Apply(projects, query.Sort)
            .Select(p => new ProjectSummary(p.Id, p.Code, p.Name, p.ClientName, p.Status, p.ManagerId, p.DueOn))
            .ToPagedAsync(query, cancellationToken);
    }
}
