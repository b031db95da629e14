namespace OpsPlatform.Modules.Psa.Documents;

internal sealed record DocumentAccessDetails(Guid Id, Guid DocumentId, Guid ProjectId, Guid UserId, int Version, AccessAction Action, DateTimeOffset AccessedAt)
{
    public static DocumentAccessDetails From(DocumentAccessEntry e) => new(e.Id, e.DocumentId, e.ProjectId, e.UserId, e.Version, e.Action, e.AccessedAt);
}
