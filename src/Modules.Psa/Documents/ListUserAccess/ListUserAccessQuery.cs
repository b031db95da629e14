using OpsPlatform.Shared.Kernel.Cqrs;
using OpsPlatform.Shared.Kernel.Http;

namespace OpsPlatform.Modules.Psa.Documents.ListUserAccess;

internal sealed record ListUserAccessQuery(Guid UserId, int? Page, int? PageSize, bool? Count) : IQuery<Paged<DocumentAccessDetails>>, IPagedQuery
{
    public string? Sort => null;
}
