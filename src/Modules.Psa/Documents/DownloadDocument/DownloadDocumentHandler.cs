using MediatR;
using Microsoft.AspNetCore.Http;
using OpsPlatform.Modules.Psa.Persistence;
using OpsPlatform.Modules.Psa.Projects;
using OpsPlatform.Shared.Files.Downloads;
using OpsPlatform.Shared.Files.Storage;
using OpsPlatform.Shared.Kernel.Domain;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Psa.Documents.DownloadDocument;

internal sealed class DownloadDocumentHandler(PsaSession db, IFileStore files, ICurrentUser user) : IRequestHandler<DownloadDocumentQuery, IResult>
{
    public async Task<IResult> Handle(DownloadDocumentQuery query, CancellationToken cancellationToken)
    {
        var (document, _) = await db.DocumentAsync(query.Id, user, ProjectView.Client, cancellationToken);
        var version = document.VersionOf(query.Version);
        var stored = await files.OpenReadAsync(document.KeyOf(version), cancellationToken) ?? throw new NotFoundException("Document version", version.Number);
        try
        {
            db.LogRead(document, version.Number, user, AccessAction.Download);
            await db.SaveChangesAsync(cancellationToken);
        }
        catch
        {
            await stored.DisposeAsync();
            throw;
        }
        return FileDownload.Result(stored, version.ContentType, version.FileName, version.Sha256);
    }
}
