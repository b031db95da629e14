namespace OpsPlatform.Shared.Files.Storage;

/// <summary>
/// Where file bytes live: a folder under the data directory by default, any S3-compatible store in production.
/// Keys are slash-separated paths chosen by the caller (<see cref="FileKey"/>); metadata lives in the owning module.
/// </summary>
public interface IFileStore
{
    /// <summary>Stores <paramref name="content"/> under <paramref name="key"/>; a reader never sees a partly written file.</summary>
    Task PutAsync(FileKey key, Stream content, string contentType, CancellationToken cancellationToken);

    /// <summary>A seekable, read-only view of the stored bytes, or null when nothing is stored under the key.</summary>
    Task<StoredFile?> OpenReadAsync(FileKey key, CancellationToken cancellationToken);

    /// <summary>Removes the bytes; removing a key that holds nothing is not an error.</summary>
    Task DeleteAsync(FileKey key, CancellationToken cancellationToken);

    /// <summary>Every key under <paramref name="prefix"/> last written before <paramref name="before"/> (for orphan sweeps).</summary>
    IAsyncEnumerable<FileKey> ListAsync(string prefix, DateTimeOffset before, CancellationToken cancellationToken);
}
