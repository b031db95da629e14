using MediatR;
using OpsPlatform.Modules.Psa.Persistence;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Psa.Projects.UpdateProject;

internal sealed class UpdateProjectHandler(PsaSession db, ICurrentUser user) : IRequestHandler<UpdateProjectCommand, ProjectDetails>
{
    public async Task<ProjectDetails> Handle(UpdateProjectCommand command, CancellationToken cancellationToken)
    {
        var project = await db.ProjectAsync(command.Id, user, ProjectView.Owner, cancellationToken);
        project.EnsureVersion(command.Version);
        project.Update(((IProjectFields)command).ToDefinition());
        db.Update(project);
        await db.SaveChangesAsync(cancellationToken);
        return ProjectDetails.From(project);
    }
}
