using System.Text.Json.Serialization;
using OpsPlatform.Shared.Kernel.Cqrs;

namespace OpsPlatform.Modules.Psa.Documents.UpdateDocument;

internal sealed record UpdateDocumentCommand(string Title, bool? SharedWithClients, int? Version) : ICommand<DocumentDetails>
{
    [JsonIgnore] public Guid Id { get; init; }
}
