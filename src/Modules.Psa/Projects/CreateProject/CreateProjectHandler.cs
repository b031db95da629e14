using MediatR;
using OpsPlatform.Modules.Psa.Persistence;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Psa.Projects.CreateProject;

internal sealed class CreateProjectHandler(PsaSession db, ICurrentUser user) : IRequestHandler<CreateProjectCommand, ProjectDetails>
{
    public async Task<ProjectDetails> Handle(CreateProjectCommand command, CancellationToken cancellationToken)
    {
        var project = Project.Create(command.Code, ((IProjectFields)command).ToDefinition(), command.OwnerId ?? user.Id);
        db.Insert(project);
        await db.SaveChangesAsync(cancellationToken);
        return ProjectDetails.From(project);
    }
}
