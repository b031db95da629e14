namespace OpsPlatform.Modules.Psa.Documents;

/// <summary>
/// One read of a document (its metadata: view; its content: download), written in the same request as the read.
/// Append-only: the module only ever inserts these, and no route edits or deletes them.
/// </summary>
internal sealed class DocumentAccessEntry
{
    private DocumentAccessEntry() { }

    public Guid Id { get; private set; }
    public Guid DocumentId { get; private set; }
    public Guid ProjectId { get; private set; }
    public Guid UserId { get; private set; }
    public int Version { get; private set; }
    public AccessAction Action { get; private set; }
    public DateTimeOffset AccessedAt { get; private set; }

    public static DocumentAccessEntry Of(ProjectDocument document, int version, Guid userId, AccessAction action, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        DocumentId = document.Id,
        ProjectId = document.ProjectId,
        UserId = userId,
        Version = version,
        Action = action,
        AccessedAt = now,
    };
}
