using OpsPlatform.Shared.Kernel.Http;

namespace OpsPlatform.Modules.ItAssets.Licenses.ListLicenses;

internal sealed class ListLicensesValidator : PagedQueryValidator<ListLicensesQuery, SoftwareLicense>
{
    public ListLicensesValidator() : base(LicenseSortFields.All) { }
}
