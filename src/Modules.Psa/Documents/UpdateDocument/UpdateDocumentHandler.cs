using MediatR;
using OpsPlatform.Modules.Psa.Persistence;
using OpsPlatform.Modules.Psa.Projects;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Psa.Documents.UpdateDocument;

/// <summary>The project's owner renames a document and decides whether the client's viewers see it.</summary>
internal sealed class UpdateDocumentHandler(PsaSession db, ICurrentUser user) : IRequestHandler<UpdateDocumentCommand, DocumentDetails>
{
    public async Task<DocumentDetails> Handle(UpdateDocumentCommand command, CancellationToken cancellationToken)
    {
        var (document, project) = await db.DocumentAsync(command.Id, user, ProjectView.Owner, cancellationToken);
        project.EnsureNotArchived();
        document.EnsureVersion(command.Version);
        if (document.Edit(command.Title, command.SharedWithClients!.Value)) db.PublishShared(document, project, db.Time.GetUtcNow());
        db.Update(document);
        await db.SaveChangesAsync(cancellationToken);
        return DocumentDetails.From(document);
    }
}
