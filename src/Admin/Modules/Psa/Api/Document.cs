namespace OpsPlatform.Admin.Modules.Psa.Api;

public enum AccessAction { View, Download }

public sealed record DocumentSummary(Guid Id, string Title, Guid OwnerId, bool SharedWithClients, int CurrentVersion, DateTimeOffset UpdatedAt);

public sealed record DocumentVersion(int Number, Guid FileId, string FileName, string ContentType, long Length, string Sha256, Guid UploadedBy, DateTimeOffset UploadedAt);

public sealed record DocumentDetails(
    Guid Id, Guid ProjectId, string Title, Guid OwnerId, bool SharedWithClients, int CurrentVersion, IReadOnlyList<DocumentVersion> Versions,
    string ContentUrl, int Version, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);

/// <summary>One read of a document: who, which version, viewed or downloaded, when.</summary>
public sealed record DocumentAccess(Guid Id, Guid DocumentId, Guid ProjectId, Guid UserId, int Version, AccessAction Action, DateTimeOffset AccessedAt);
