using OpsPlatform.Shared.Kernel.Cqrs;
using OpsPlatform.Shared.Kernel.Http;

namespace OpsPlatform.Modules.ItAssets.Seats.ListSeats;

internal sealed record ListSeatsQuery(Guid LicenseId, bool? Active, int? Page, int? PageSize, string? Sort, bool? Count)
    : IQuery<Paged<SeatDetails>>, IPagedQuery;
