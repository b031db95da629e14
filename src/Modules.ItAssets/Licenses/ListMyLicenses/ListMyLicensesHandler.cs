using MediatR;
using Marten;
using OpsPlatform.Identity.Contracts;
using OpsPlatform.Modules.ItAssets.Persistence;
using OpsPlatform.Modules.ItAssets.Seats;
using OpsPlatform.Modules.ItAssets.Seats.ListSeats;
using OpsPlatform.Shared.Kernel.Http;

namespace OpsPlatform.Modules.ItAssets.Licenses.ListMyLicenses;

/// <summary>A page of the caller's active seats, then their licenses by primary key.</summary>
internal sealed class ListMyLicensesHandler(ItAssetsSession db, ICurrentUser user) : IRequestHandler<ListMyLicensesQuery, Paged<MyLicense>>
{
    public async Task<Paged<MyLicense>> Handle(ListMyLicensesQuery query, CancellationToken cancellationToken)
    {
        var me = user.Id;
        var seats = await SeatSortFields.All.Apply(db.Documents.Query<LicenseSeat>().Where(s => s.UserId == me && s.IsActive), query.Sort)
            .Select(s => new SeatDetails(s.Id, s.LicenseId, s.UserId, s.HardwareId, s.AssignedAt, s.AssignedBy, s.ReleasedAt, s.ReleasedBy, s.IsActive))
            .ToPagedAsync(query, cancellationToken);
        var licenses = (await db.Documents.LoadManyAsync<SoftwareLicense>(cancellationToken, seats.Items.Select(s => s.LicenseId).Distinct()))
            .ToDictionary(l => l.Id);
        return seats.Select(s =>
        {
            var l = licenses[s.LicenseId];
            return new MyLicense(s.Id, l.Id, l.ProductName, l.Vendor, l.ExpiresOn, s.AssignedAt);
        });
    }
}
