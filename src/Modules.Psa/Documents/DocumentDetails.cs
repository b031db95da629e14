namespace OpsPlatform.Modules.Psa.Documents;

internal sealed record DocumentDetails(
    Guid Id, Guid ProjectId, string Title, Guid OwnerId, bool SharedWithClients, int CurrentVersion, IReadOnlyList<DocumentVersion> Versions,
    string ContentUrl, int Version, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
{
    public static DocumentDetails From(ProjectDocument d) => new(
        d.Id, d.ProjectId, d.Title, d.OwnerId, d.SharedWithClients, d.CurrentVersion, d.Versions, $"/api/psa/documents/{d.Id}/content",
        d.Version, d.CreatedAt, d.UpdatedAt);
}
