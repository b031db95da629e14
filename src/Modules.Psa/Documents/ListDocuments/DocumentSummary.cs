namespace OpsPlatform.Modules.Psa.Documents.ListDocuments;

internal sealed record DocumentSummary(Guid Id, string Title, Guid OwnerId, bool SharedWithClients, int CurrentVersion, DateTimeOffset UpdatedAt)
{
    public static DocumentSummary From(ProjectDocument d) => new(d.Id, d.Title, d.OwnerId, d.SharedWithClients, d.CurrentVersion, d.UpdatedAt);
}
