using MediatR;
using OpsPlatform.Modules.Psa.Persistence;
using OpsPlatform.Shared.Kernel.Http;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Psa.Projects.ListProjects;

internal sealed class ListProjectsHandler(PsaSession db, ICurrentUser user) : IRequestHandler<ListProjectsQuery, Paged<ProjectSummary>>
{
    public Task<Paged<ProjectSummary>> Handle(ListProjectsQuery query, CancellationToken cancellationToken)
    {
        var archived = query.Archived ?? false;
        var projects = db.Documents.Query<Project>().VisibleTo(user).Where(p => p.Archived == archived);
        if (query.Status is { } status) projects = projects.Where(p => p.Status == status.Value);
        if (query.OwnerId is { } owner) projects = projects.Where(p => p.OwnerId == owner);
        if (!string.IsNullOrWhiteSpace(query.ClientName)) projects = projects.Where(p => p.ClientName == query.ClientName);
        if (query.DueBefore is { } before) projects = projects.Where(p => p.DueOn < before);

        return ProjectSortFields.All.Apply(projects, query.Sort)
            .Select(p => new ProjectSummary(p.Id, p.Code, p.Name, p.ClientName, p.Status, p.OwnerId, p.DueOn, p.Archived))
            .ToPagedAsync(query, cancellationToken);
    }
}
