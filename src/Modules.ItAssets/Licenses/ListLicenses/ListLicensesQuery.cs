using OpsPlatform.Shared.Kernel.Cqrs;
using OpsPlatform.Shared.Kernel.Http;

namespace OpsPlatform.Modules.ItAssets.Licenses.ListLicenses;

internal sealed record ListLicensesQuery(
    QueryEnum<LicenseModel>? Model,
    string? Vendor,
    DateOnly? ExpiresBefore,
    int? Page,
    int? PageSize,
    string? Sort,
    bool? Count) : IQuery<Paged<LicenseSummary>>, IPagedQuery;
