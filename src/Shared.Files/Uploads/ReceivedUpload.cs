namespace OpsPlatform.Shared.Files.Uploads;

/// <summary>
/// One uploaded file, checked and held in a temporary file until it is stored; disposing removes the temporary file.
/// <see cref="ContentType"/> comes from the bytes, <see cref="Sha256"/> is lower-case hex.
/// </summary>
public sealed class ReceivedUpload(string path, string fileName, string contentType, long length, string sha256) : IAsyncDisposable
{
    public string FileName { get; } = fileName;
    public string ContentType { get; } = contentType;
    public long Length { get; } = length;
    public string Sha256 { get; } = sha256;

    public Stream OpenRead() => new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, FileOptions.Asynchronous | FileOptions.SequentialScan);

    public ValueTask DisposeAsync()
    {
        File.Delete(path);
        return ValueTask.CompletedTask;
    }
}
