using OpsPlatform.Shared.Kernel.Cqrs;
using OpsPlatform.Shared.Kernel.Http;

namespace OpsPlatform.Modules.Psa.Documents.ListDocuments;

internal sealed record ListDocumentsQuery(Guid Id, bool? SharedWithClients, int? Page, int? PageSize, string? Sort, bool? Count)
    : IQuery<Paged<DocumentSummary>>, IPagedQuery;
