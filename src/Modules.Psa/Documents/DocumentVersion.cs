namespace OpsPlatform.Modules.Psa.Documents;

/// <summary>One uploaded file of a document; every version stays stored and downloadable.</summary>
internal sealed record DocumentVersion(
    int Number, Guid FileId, string FileName, string ContentType, long Length, string Sha256, Guid UploadedBy, DateTimeOffset UploadedAt);
