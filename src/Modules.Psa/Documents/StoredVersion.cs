using OpsPlatform.Modules.Psa.Persistence;
using OpsPlatform.Shared.Files.Storage;
using OpsPlatform.Shared.Files.Uploads;

namespace OpsPlatform.Modules.Psa.Documents;

/// <summary>
/// Stores a version's bytes, then commits the document's record; if the commit fails the bytes are removed again (the
/// record is the only way to reach them, so bytes without a record are never served).
/// </summary>
internal static class StoredVersion
{
    public static async Task SaveWithFileAsync(this PsaSession db, IFileStore files, ProjectDocument document, DocumentVersion version,
        ReceivedUpload upload, CancellationToken cancellationToken)
    {
        var key = document.KeyOf(version);
        await using (var content = upload.OpenRead()) await files.PutAsync(key, content, version.ContentType, cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch
        {
            await files.DeleteAsync(key, CancellationToken.None);
            throw;
        }
    }
}
