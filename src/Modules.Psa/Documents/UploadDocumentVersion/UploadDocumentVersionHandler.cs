using MediatR;
using OpsPlatform.Modules.Psa.Persistence;
using OpsPlatform.Modules.Psa.Projects;
using OpsPlatform.Shared.Files.Storage;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Psa.Documents.UploadDocumentVersion;

/// <summary>A new upload becomes the current version; the earlier versions stay stored and downloadable.</summary>
internal sealed class UploadDocumentVersionHandler(PsaSession db, IFileStore files, ICurrentUser user) : IRequestHandler<UploadDocumentVersionCommand, DocumentDetails>
{
    public async Task<DocumentDetails> Handle(UploadDocumentVersionCommand command, CancellationToken cancellationToken)
    {
        var (document, project) = await db.DocumentAsync(command.DocumentId, user, ProjectView.Team, cancellationToken);
        project.EnsureNotArchived();
        await using var upload = await command.Receive(cancellationToken);
        var version = document.AddVersion(upload, user.Id, db.Time.GetUtcNow());
        db.Update(document);
        await db.SaveWithFileAsync(files, document, version, upload, cancellationToken);
        return DocumentDetails.From(document);
    }
}
