namespace OpsPlatform.Shared.Files.Storage;

/// <summary>Stored bytes opened for reading. <see cref="Content"/> is seekable, so range requests can be served.</summary>
public sealed record StoredFile(Stream Content, long Length, string ContentType, DateTimeOffset LastModified) : IAsyncDisposable
{
    public ValueTask DisposeAsync() => Content.DisposeAsync();
}
