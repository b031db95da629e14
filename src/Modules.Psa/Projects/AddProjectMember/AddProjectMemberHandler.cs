using MediatR;
using OpsPlatform.Modules.Psa.Persistence;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Psa.Projects.AddProjectMember;

internal sealed class AddProjectMemberHandler(PsaSession db, ICurrentUser user) : IRequestHandler<AddProjectMemberCommand, ProjectDetails>
{
    public async Task<ProjectDetails> Handle(AddProjectMemberCommand command, CancellationToken cancellationToken)
    {
        var project = await db.ProjectAsync(command.Id, user, ProjectView.Owner, cancellationToken);
        project.AddMember(command.UserId, command.Role!.Value, db.Time.GetUtcNow());
        db.Update(project);
        await db.SaveChangesAsync(cancellationToken);
        return ProjectDetails.From(project);
    }
}
