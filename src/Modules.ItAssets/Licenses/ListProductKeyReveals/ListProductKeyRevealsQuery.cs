using OpsPlatform.Shared.Kernel.Cqrs;
using OpsPlatform.Shared.Kernel.Http;

namespace OpsPlatform.Modules.ItAssets.Licenses.ListProductKeyReveals;

internal sealed record ListProductKeyRevealsQuery(Guid LicenseId, int? Page, int? PageSize, string? Sort, bool? Count)
    : IQuery<Paged<ProductKeyRevealEntry>>, IPagedQuery;
