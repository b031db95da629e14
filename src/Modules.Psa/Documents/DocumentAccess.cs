using OpsPlatform.Identity.Contracts;
using OpsPlatform.Modules.Psa.Persistence;
using OpsPlatform.Modules.Psa.Projects;
using OpsPlatform.Shared.Kernel.Domain;

namespace OpsPlatform.Modules.Psa.Documents;

/// <summary>
/// Who reaches a document: the project's team (owner, members, managers, admins) any of its documents, client viewers
/// only those shared with clients; anyone else gets 404. Every read is logged through <see cref="LogRead"/>.
/// </summary>
internal static class DocumentAccess
{
    public static async Task<(ProjectDocument Document, Project Project)> DocumentAsync(this PsaSession db, Guid id, ICurrentUser user, ProjectView view,
        CancellationToken cancellationToken)
    {
        var document = await db.Documents.LoadAsync<ProjectDocument>(id, cancellationToken) ?? throw new NotFoundException("Document", id);
        var project = await db.Documents.LoadAsync<Project>(document.ProjectId, cancellationToken);
        if (project is null || !project.Allows(user, view)) throw new NotFoundException("Document", id);
        if (view == ProjectView.Client && !document.SharedWithClients && !project.Allows(user, ProjectView.Team)) throw new NotFoundException("Document", id);
        return (document, project);
    }

    /// <summary>Queues the read's access-log entry; it commits with the request's unit of work, before the answer goes out.</summary>
    public static void LogRead(this PsaSession db, ProjectDocument document, int version, ICurrentUser user, AccessAction action) =>
        db.Documents.Insert(DocumentAccessEntry.Of(document, version, user.Id, action, db.Time.GetUtcNow()));
}
