namespace OpsPlatform.Shared.Files.Storage;

/// <summary>
/// Files in a folder (by default under the host's data directory). Bytes are written to a temporary name in the same
/// folder and renamed into place, so a crash mid-write leaves no file under the key, only a temporary one that
/// <see cref="ListAsync"/> reports to the sweep once it is old.
/// </summary>
internal sealed class LocalFileStore(string root) : IFileStore
{
    private const string PartialSuffix = ".partial";

    public string Root { get; } = Path.GetFullPath(root);

    public async Task PutAsync(FileKey key, Stream content, string contentType, CancellationToken cancellationToken)
    {
        var path = PathOf(key);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var partial = $"{path}.{Guid.NewGuid():N}{PartialSuffix}";
        try
        {
            await using (var file = new FileStream(partial, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, FileOptions.Asynchronous))
            {
                await content.CopyToAsync(file, cancellationToken);
                await file.FlushAsync(cancellationToken);
                file.Flush(flushToDisk: true);
            }
            File.Move(partial, path, overwrite: true);
        }
        finally
        {
            File.Delete(partial);
        }
    }

    public Task<StoredFile?> OpenReadAsync(FileKey key, CancellationToken cancellationToken)
    {
        var path = PathOf(key);
        if (!File.Exists(path)) return Task.FromResult<StoredFile?>(null);
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 81920, FileOptions.Asynchronous);
        return Task.FromResult<StoredFile?>(new StoredFile(stream, stream.Length, "application/octet-stream", File.GetLastWriteTimeUtc(path)));
    }

    public Task DeleteAsync(FileKey key, CancellationToken cancellationToken)
    {
        File.Delete(PathOf(key));
        return Task.CompletedTask;
    }

    public async IAsyncEnumerable<FileKey> ListAsync(string prefix, DateTimeOffset before, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var folder = Path.Combine(Root, prefix);
        if (!Directory.Exists(folder)) yield break;
        foreach (var path in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (File.GetLastWriteTimeUtc(path) >= before.UtcDateTime) continue;
            var relative = Path.GetRelativePath(Root, path).Replace(Path.DirectorySeparatorChar, '/');
            // A temporary file left by a crash has no key of its own: the sweep removes it here.
            if (relative.EndsWith(PartialSuffix, StringComparison.Ordinal))
            {
                File.Delete(path);
                continue;
            }
            yield return new FileKey(relative);
        }
        await Task.CompletedTask;
    }

    private string PathOf(FileKey key) => Path.Combine(Root, key.Value.Replace('/', Path.DirectorySeparatorChar));
}
