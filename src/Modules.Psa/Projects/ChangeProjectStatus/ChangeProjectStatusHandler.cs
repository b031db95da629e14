using MediatR;
using OpsPlatform.Modules.Psa.Contracts;
using OpsPlatform.Modules.Psa.Persistence;
using OpsPlatform.Identity.Contracts;
using OpsPlatform.Shared.Kernel.Persistence;

namespace OpsPlatform.Modules.Psa.Projects.ChangeProjectStatus;

internal sealed class ChangeProjectStatusHandler(PsaSession db, ICurrentUser user) : IRequestHandler<ChangeProjectStatusCommand, ProjectDetails>
{
    public async Task<ProjectDetails> Handle(ChangeProjectStatusCommand command, CancellationToken cancellationToken)
    {
        var project = await db.ProjectAsync(command.Id, user, ProjectView.Owner, cancellationToken);
        project.EnsureVersion(command.Version);
        var from = project.Status;
        var now = db.Time.GetUtcNow();
        project.MoveTo(command.Status!.Value, user.Id, command.Reason, now);
        db.Update(project);
        db.Publish(new ProjectStatusChanged(Guid.CreateVersion7(now), now, project.Id, project.Code,
            EnumText<ProjectStatus>.ToText(from), EnumText<ProjectStatus>.ToText(project.Status), user.Id, project.TeamIds()));
        await db.SaveChangesAsync(cancellationToken);
        return ProjectDetails.From(project);
    }
}
