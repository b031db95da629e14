using MediatR;
using OpsPlatform.Modules.Psa.Persistence;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Psa.Projects.RemoveProjectMember;

internal sealed class RemoveProjectMemberHandler(PsaSession db, ICurrentUser user) : IRequestHandler<RemoveProjectMemberCommand, ProjectDetails>
{
    public async Task<ProjectDetails> Handle(RemoveProjectMemberCommand command, CancellationToken cancellationToken)
    {
        var project = await db.ProjectAsync(command.Id, user, ProjectView.Owner, cancellationToken);
        project.RemoveMember(command.UserId);
        db.Update(project);
        await db.SaveChangesAsync(cancellationToken);
        return ProjectDetails.From(project);
    }
}
