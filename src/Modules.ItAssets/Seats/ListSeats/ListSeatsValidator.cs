using OpsPlatform.Shared.Kernel.Http;

namespace OpsPlatform.Modules.ItAssets.Seats.ListSeats;

internal sealed class ListSeatsValidator : PagedQueryValidator<ListSeatsQuery, LicenseSeat>
{
    public ListSeatsValidator() : base(SeatSortFields.All) { }
}
