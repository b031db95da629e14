using MediatR;
using OpsPlatform.Identity.Contracts;
using OpsPlatform.Modules.ItAssets.Licenses;
using OpsPlatform.Modules.ItAssets.Persistence;
using OpsPlatform.Shared.Kernel.Http;

namespace OpsPlatform.Modules.ItAssets.Seats.ListSeats;

/// <summary>A license's seats, newest first: IT staff see all of them, a seat holder only their own.</summary>
internal sealed class ListSeatsHandler(ItAssetsSession db, ICurrentUser user) : IRequestHandler<ListSeatsQuery, Paged<SeatDetails>>
{
    public async Task<Paged<SeatDetails>> Handle(ListSeatsQuery query, CancellationToken cancellationToken)
    {
        await db.LicenseVisibleToAsync(query.LicenseId, user, cancellationToken);
        var seats = db.Documents.Query<LicenseSeat>().Where(s => s.LicenseId == query.LicenseId);
        if (!user.IsManager) { var me = user.Id; seats = seats.Where(s => s.UserId == me); }
        if (query.Active is { } active) seats = seats.Where(s => s.IsActive == active);
        return await SeatSortFields.All.Apply(seats, query.Sort)
            .Select(s => new SeatDetails(s.Id, s.LicenseId, s.UserId, s.HardwareId, s.AssignedAt, s.AssignedBy, s.ReleasedAt, s.ReleasedBy, s.IsActive))
            .ToPagedAsync(query, cancellationToken);
    }
}
