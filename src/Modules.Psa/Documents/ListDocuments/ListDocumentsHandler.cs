using MediatR;
using OpsPlatform.Modules.Psa.Persistence;
using OpsPlatform.Modules.Psa.Projects;
using OpsPlatform.Shared.Kernel.Http;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Psa.Documents.ListDocuments;

/// <summary>
/// A project's documents: all of them for its team, only the shared ones for its client viewers. Listing reads each
/// document's metadata, so each document on the page gets its "view" entry, committed before the page is returned.
/// </summary>
internal sealed class ListDocumentsHandler(PsaSession db, ICurrentUser user) : IRequestHandler<ListDocumentsQuery, Paged<DocumentSummary>>
{
    public async Task<Paged<DocumentSummary>> Handle(ListDocumentsQuery query, CancellationToken cancellationToken)
    {
        var project = await db.ProjectAsync(query.Id, user, ProjectView.Client, cancellationToken);
        var id = project.Id;
        var documents = db.Documents.Query<ProjectDocument>().Where(d => d.ProjectId == id);
        if (!project.Allows(user, ProjectView.Team)) documents = documents.Where(d => d.SharedWithClients);
        if (query.SharedWithClients is { } shared) documents = documents.Where(d => d.SharedWithClients == shared);

        var page = await DocumentSortFields.All.Apply(documents, query.Sort).ToPagedAsync(query, cancellationToken);
        foreach (var document in page.Items) db.LogRead(document, document.CurrentVersion, user, AccessAction.View);
        if (page.Items.Count > 0) await db.SaveChangesAsync(cancellationToken);
        return page.Select(DocumentSummary.From);
    }
}
