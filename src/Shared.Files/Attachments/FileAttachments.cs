using Microsoft.AspNetCore.Http;
using OpsPlatform.Shared.Files.Downloads;
using OpsPlatform.Shared.Files.Storage;
using OpsPlatform.Shared.Files.Thumbnails;
using OpsPlatform.Shared.Files.Uploads;

namespace OpsPlatform.Shared.Files.Attachments;

/// <summary>
/// How a module attaches uploaded files to one of its records. The module names the key
/// (<c>&lt;module&gt;/&lt;records&gt;/&lt;record id&gt;/&lt;file id&gt;</c>, see <see cref="FileKey.Of"/>) and keeps the metadata
/// (<see cref="AttachedFile"/>) in its own store; access to a file is access to its record. In a handler:
/// check the caller may write the record (404 otherwise) before reading the upload, then <see cref="StoreAsync"/>,
/// then <see cref="CommitAsync"/> around the record's commit; reads check the record, then <see cref="DownloadAsync"/>
/// or <see cref="ThumbnailAsync"/>; a removal commits the record's removal, then <see cref="RemoveAsync(FileKey)"/>.
/// A host that dies between storing and committing leaves bytes that no record names: nobody can reach them, and the
/// module's hourly <see cref="SweepAsync"/> removes them once they are a day old.
/// </summary>
public sealed class FileAttachments(IFileStore store, ImageThumbnails thumbnails, TimeProvider clock)
{
    /// <summary>An image's thumbnail is stored next to it, under its key plus this suffix.</summary>
    public const string ThumbnailSuffix = ".thumb";

    /// <summary>Bytes this old that no record names are orphans (younger ones may still be waiting for their commit).</summary>
    public static readonly TimeSpan OrphanGrace = TimeSpan.FromDays(1);

    public static FileKey ThumbnailOf(FileKey key) => new(key.Value + ThumbnailSuffix);

    /// <summary>
    /// Stores the upload's bytes under <paramref name="key"/> and, for an image that decodes, its thumbnail next to
    /// them. Returns the metadata for the module's record.
    /// </summary>
    public async Task<AttachedFile> StoreAsync(FileKey key, ReceivedUpload upload, Guid uploadedBy, CancellationToken cancellationToken)
    {
        byte[]? thumbnail = null;
        if (upload.ContentType.StartsWith("image/", StringComparison.Ordinal))
            await using (var image = upload.OpenRead())
                thumbnail = await thumbnails.MakeAsync(image, cancellationToken);

        await using (var content = upload.OpenRead()) await store.PutAsync(key, content, upload.ContentType, cancellationToken);
        if (thumbnail is not null)
        {
            try
            {
                using var content = new MemoryStream(thumbnail, writable: false);
                await store.PutAsync(ThumbnailOf(key), content, ImageThumbnails.ContentType, cancellationToken);
            }
            catch
            {
                await store.DeleteAsync(key, CancellationToken.None);
                throw;
            }
        }
        return new AttachedFile(upload.FileName, upload.ContentType, upload.Length, upload.Sha256, uploadedBy, clock.GetUtcNow(), thumbnail is not null);
    }

    /// <summary>Runs the record's commit; when it fails, the bytes stored for it are removed again before the error goes on.</summary>
    public async Task CommitAsync(FileKey key, Func<Task> commit)
    {
        try
        {
            await commit();
        }
        catch
        {
            await RemoveAsync(key);
            throw;
        }
    }

    /// <summary>Removes a file's bytes and thumbnail (after its record's removal committed; not cancellable, so it is not left half done).</summary>
    public async Task RemoveAsync(FileKey key)
    {
        await store.DeleteAsync(ThumbnailOf(key), CancellationToken.None);
        await store.DeleteAsync(key, CancellationToken.None);
    }

    public async Task RemoveAsync(IEnumerable<FileKey> keys)
    {
        foreach (var key in keys) await RemoveAsync(key);
    }

    /// <summary>The file as a streamed download (ranges, ETag), or null when its bytes are gone.</summary>
    public async Task<IResult?> DownloadAsync(FileKey key, AttachedFile file, CancellationToken cancellationToken) =>
        await store.OpenReadAsync(key, cancellationToken) is { } stored ? FileDownload.Result(stored, file.ContentType, file.FileName, file.Sha256) : null;

    /// <summary>The image's thumbnail (WebP), or null when it has none.</summary>
    public async Task<IResult?> ThumbnailAsync(FileKey key, AttachedFile file, CancellationToken cancellationToken) =>
        file.HasThumbnail && await store.OpenReadAsync(ThumbnailOf(key), cancellationToken) is { } stored
            ? FileDownload.Result(stored, ImageThumbnails.ContentType, Path.GetFileNameWithoutExtension(file.FileName) + ".thumbnail.webp", file.Sha256 + "-thumbnail")
            : null;

    /// <summary>
    /// Removes the bytes (and thumbnails) under <paramref name="prefix"/>, older than <see cref="OrphanGrace"/>, whose file
    /// id, the key's last segment, <paramref name="existing"/> does not return. Returns how many files were removed.
    /// </summary>
    public async Task<int> SweepAsync(string prefix, Func<IReadOnlyList<Guid>, CancellationToken, Task<IReadOnlyCollection<Guid>>> existing,
        CancellationToken cancellationToken)
    {
        const int batchSize = 500;
        var removed = 0;
        var batch = new List<(FileKey Key, Guid FileId)>(batchSize);
        await foreach (var key in store.ListAsync(prefix, clock.GetUtcNow() - OrphanGrace, cancellationToken))
        {
            if (FileIdOf(key) is { } id) batch.Add((key, id));
            if (batch.Count < batchSize) continue;
            removed += await RemoveOrphansAsync(batch, existing, cancellationToken);
            batch.Clear();
        }
        return removed + await RemoveOrphansAsync(batch, existing, cancellationToken);
    }

    private async Task<int> RemoveOrphansAsync(List<(FileKey Key, Guid FileId)> batch,
        Func<IReadOnlyList<Guid>, CancellationToken, Task<IReadOnlyCollection<Guid>>> existing, CancellationToken cancellationToken)
    {
        if (batch.Count == 0) return 0;
        var known = (await existing(batch.Select(b => b.FileId).Distinct().ToList(), cancellationToken)).ToHashSet();
        var orphans = batch.Where(b => !known.Contains(b.FileId)).ToList();
        foreach (var orphan in orphans) await store.DeleteAsync(orphan.Key, cancellationToken);
        return orphans.Count;
    }

    private static Guid? FileIdOf(FileKey key)
    {
        var last = key.Value[(key.Value.LastIndexOf('/') + 1)..];
        if (last.EndsWith(ThumbnailSuffix, StringComparison.Ordinal)) last = last[..^ThumbnailSuffix.Length];
        return Guid.TryParse(last, out var id) ? id : null;
    }
}
