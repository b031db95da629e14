using OpsPlatform.Shared.Kernel.Cqrs;
using OpsPlatform.Shared.Kernel.Http;

namespace OpsPlatform.Modules.ItAssets.Licenses.ListMyLicenses;

internal sealed record ListMyLicensesQuery(int? Page, int? PageSize, string? Sort, bool? Count) : IQuery<Paged<MyLicense>>, IPagedQuery;
