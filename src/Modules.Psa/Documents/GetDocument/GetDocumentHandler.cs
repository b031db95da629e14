using MediatR;
using OpsPlatform.Modules.Psa.Persistence;
using OpsPlatform.Modules.Psa.Projects;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Psa.Documents.GetDocument;

internal sealed class GetDocumentHandler(PsaSession db, ICurrentUser user) : IRequestHandler<GetDocumentQuery, DocumentDetails>
{
    public async Task<DocumentDetails> Handle(GetDocumentQuery query, CancellationToken cancellationToken)
    {
        var (document, _) = await db.DocumentAsync(query.Id, user, ProjectView.Client, cancellationToken);
        db.LogRead(document, document.CurrentVersion, user, AccessAction.View);
        await db.SaveChangesAsync(cancellationToken);
        return DocumentDetails.From(document);
    }
}
