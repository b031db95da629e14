using MediatR;
using OpsPlatform.Modules.Psa.Persistence;
using OpsPlatform.Modules.Psa.Projects;
using OpsPlatform.Shared.Kernel.Http;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Psa.Documents.ListDocumentAccess;

/// <summary>The project's owner and admins read a document's access log; to anyone else it is not found.</summary>
internal sealed class ListDocumentAccessHandler(PsaSession db, ICurrentUser user) : IRequestHandler<ListDocumentAccessQuery, Paged<DocumentAccessDetails>>
{
    public async Task<Paged<DocumentAccessDetails>> Handle(ListDocumentAccessQuery query, CancellationToken cancellationToken)
    {
        var (document, _) = await db.DocumentAsync(query.Id, user, ProjectView.Owner, cancellationToken);
        var id = document.Id;
        return await db.Documents.Query<DocumentAccessEntry>().Where(e => e.DocumentId == id).NewestFirstAsync(query, cancellationToken);
    }
}
