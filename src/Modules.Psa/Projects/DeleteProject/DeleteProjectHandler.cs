using Marten;
using MediatR;
using OpsPlatform.Identity.Contracts;
using OpsPlatform.Modules.Psa.Documents;
using OpsPlatform.Modules.Psa.Persistence;
using OpsPlatform.Modules.Psa.StatusUpdates;
using OpsPlatform.Modules.Psa.Tasks;
using OpsPlatform.Modules.Psa.Time;

namespace OpsPlatform.Modules.Psa.Projects.DeleteProject;

/// <summary>Only the owner deletes, and only a project nobody has worked on yet (no tasks, documents or time).</summary>
internal sealed class DeleteProjectHandler(PsaSession db, ICurrentUser user) : IRequestHandler<DeleteProjectCommand, bool>
{
    public async Task<bool> Handle(DeleteProjectCommand command, CancellationToken cancellationToken)
    {
        var project = await db.ProjectAsync(command.Id, user, ProjectView.Owner, cancellationToken);
        var id = project.Id;
        Project.EnsureDeletable(
            await db.Documents.Query<ProjectTask>().CountAsync(t => t.ProjectId == id, cancellationToken),
            await db.Documents.Query<ProjectDocument>().CountAsync(d => d.ProjectId == id, cancellationToken),
            await db.Documents.Query<TimeEntry>().CountAsync(e => e.ProjectId == id, cancellationToken));
        db.Documents.DeleteWhere<StatusUpdate>(s => s.ProjectId == id);
        db.Documents.Delete(project);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
