using OpsPlatform.Shared.Kernel.Cqrs;
using OpsPlatform.Shared.Kernel.Http;

namespace OpsPlatform.Modules.Psa.Documents.ListDocumentAccess;

internal sealed record ListDocumentAccessQuery(Guid Id, int? Page, int? PageSize, bool? Count) : IQuery<Paged<DocumentAccessDetails>>, IPagedQuery
{
    public string? Sort => null;
}
