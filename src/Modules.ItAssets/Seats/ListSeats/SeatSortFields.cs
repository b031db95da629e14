using OpsPlatform.Shared.Kernel.Http;

namespace OpsPlatform.Modules.ItAssets.Seats.ListSeats;

internal static class SeatSortFields
{
    public static readonly SortFields<LicenseSeat> All = new SortFields<LicenseSeat>("-assignedAt")
        .Add("assignedAt", s => s.AssignedAt);
}
