using OpsPlatform.Shared.Kernel.Cqrs;

namespace OpsPlatform.Modules.Psa.Documents.GetDocument;

/// <summary>A read that writes: the document's metadata, and one "view" entry in its access log.</summary>
internal sealed record GetDocumentQuery(Guid Id) : IQuery<DocumentDetails>;
