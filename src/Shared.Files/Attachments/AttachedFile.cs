namespace OpsPlatform.Shared.Files.Attachments;

/// <summary>
/// What a module keeps about one attached file, in its own store: the sanitized name, the type read from the bytes,
/// the size, the SHA-256 (lower-case hex, also the download's ETag), who uploaded it and when, and whether a thumbnail
/// was stored next to it.
/// </summary>
public sealed record AttachedFile(string FileName, string ContentType, long Length, string Sha256, Guid UploadedBy, DateTimeOffset UploadedAt, bool HasThumbnail)
{
    public bool IsImage => ContentType.StartsWith("image/", StringComparison.Ordinal);
}
