using MediatR;
using Marten;
using OpsPlatform.Modules.Psa.Persistence;
using OpsPlatform.Shared.Kernel.Domain;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Psa.Projects.GetProject;

internal sealed class GetProjectHandler(PsaSession db, ICurrentUser user) : IRequestHandler<GetProjectQuery, ProjectDetails>
{
    public async Task<ProjectDetails> Handle(GetProjectQuery query, CancellationToken cancellationToken)
    {
        var project = await db.Documents.Query<Project>().VisibleTo(user).SingleOrDefaultAsync(p => p.Id == query.Id, cancellationToken)
                      ?? throw new NotFoundException("Project", query.Id);
        return ProjectDetails.From(project);
    }
}
