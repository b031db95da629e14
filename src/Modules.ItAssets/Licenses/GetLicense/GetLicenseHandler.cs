using MediatR;
using OpsPlatform.Identity.Contracts;
using OpsPlatform.Modules.ItAssets.Persistence;

namespace OpsPlatform.Modules.ItAssets.Licenses.GetLicense;

internal sealed class GetLicenseHandler(ItAssetsSession db, ICurrentUser user) : IRequestHandler<GetLicenseQuery, LicenseDetails>
{
    public async Task<LicenseDetails> Handle(GetLicenseQuery query, CancellationToken cancellationToken) =>
        LicenseDetails.From(await db.LicenseVisibleToAsync(query.Id, user, cancellationToken));
}
