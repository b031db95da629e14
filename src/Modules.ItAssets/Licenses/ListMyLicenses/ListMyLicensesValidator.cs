using OpsPlatform.Modules.ItAssets.Seats;
using OpsPlatform.Modules.ItAssets.Seats.ListSeats;
using OpsPlatform.Shared.Kernel.Http;

namespace OpsPlatform.Modules.ItAssets.Licenses.ListMyLicenses;

internal sealed class ListMyLicensesValidator : PagedQueryValidator<ListMyLicensesQuery, LicenseSeat>
{
    public ListMyLicensesValidator() : base(SeatSortFields.All) { }
}
