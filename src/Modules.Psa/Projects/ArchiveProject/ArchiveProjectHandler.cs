using MediatR;
using OpsPlatform.Modules.Psa.Persistence;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Psa.Projects.ArchiveProject;

internal sealed class ArchiveProjectHandler(PsaSession db, ICurrentUser user) : IRequestHandler<ArchiveProjectCommand, ProjectDetails>
{
    public async Task<ProjectDetails> Handle(ArchiveProjectCommand command, CancellationToken cancellationToken)
    {
        var project = await db.ProjectAsync(command.Id, user, ProjectView.Owner, cancellationToken);
        project.Archive();
        db.Update(project);
        await db.SaveChangesAsync(cancellationToken);
        return ProjectDetails.From(project);
    }
}
