using OpsPlatform.Shared.Kernel.Http;

namespace OpsPlatform.Modules.ItAssets.Licenses.ListLicenses;

internal static class LicenseSortFields
{
    public static readonly SortFields<SoftwareLicense> All = new SortFields<SoftwareLicense>("productName")
        .Add("productName", l => l.ProductName)
        .Add("expiresOn", l => l.ExpiresOn)
        .Add("createdAt", l => l.CreatedAt);
}
