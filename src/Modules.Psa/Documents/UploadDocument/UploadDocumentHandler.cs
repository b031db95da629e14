using MediatR;
using OpsPlatform.Modules.Psa.Persistence;
using OpsPlatform.Modules.Psa.Projects;
using OpsPlatform.Shared.Files.Storage;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Psa.Documents.UploadDocument;

/// <summary>The project's team adds documents; sharing with clients at upload is the owner's call (it is ignored from others).</summary>
internal sealed class UploadDocumentHandler(PsaSession db, IFileStore files, ICurrentUser user) : IRequestHandler<UploadDocumentCommand, DocumentDetails>
{
    public async Task<DocumentDetails> Handle(UploadDocumentCommand command, CancellationToken cancellationToken)
    {
        var project = await db.ProjectAsync(command.ProjectId, user, ProjectView.Team, cancellationToken);
        project.EnsureNotArchived();
        await using var upload = await command.Receive(cancellationToken);
        var now = db.Time.GetUtcNow();
        var shared = command.SharedWithClients && project.Allows(user, ProjectView.Owner);
        var document = ProjectDocument.Upload(project, command.Title, shared, upload, user.Id, now);
        db.Insert(document);
        if (shared) db.PublishShared(document, project, now);
        await db.SaveWithFileAsync(files, document, document.Current, upload, cancellationToken);
        return DocumentDetails.From(document);
    }
}
