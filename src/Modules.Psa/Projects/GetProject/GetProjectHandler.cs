using MediatR;
using OpsPlatform.Modules.Psa.Persistence;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Psa.Projects.GetProject;

internal sealed class GetProjectHandler(PsaSession db, ICurrentUser user) : IRequestHandler<GetProjectQuery, ProjectDetails>
{
    public async Task<ProjectDetails> Handle(GetProjectQuery query, CancellationToken cancellationToken) =>
        ProjectDetails.From(await db.ProjectAsync(query.Id, user, ProjectView.Team, cancellationToken));
}
