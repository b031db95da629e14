using Marten;
using OpsPlatform.Identity.Contracts;
using OpsPlatform.Modules.ItAssets.Persistence;
using OpsPlatform.Modules.ItAssets.Seats;
using OpsPlatform.Shared.Kernel.Domain;

namespace OpsPlatform.Modules.ItAssets.Licenses;

/// <summary>IT staff see every license; anyone else only one they hold an active seat of (404 otherwise).</summary>
internal static class LicenseVisibility
{
    public static async Task<SoftwareLicense> LicenseVisibleToAsync(this ItAssetsSession db, Guid id, ICurrentUser user, CancellationToken cancellationToken)
    {
        var license = await db.Documents.LoadAsync<SoftwareLicense>(id, cancellationToken);
        if (license is not null && !user.IsManager)
        {
            var me = user.Id;
            if (!await db.Documents.Query<LicenseSeat>().AnyAsync(s => s.LicenseId == id && s.UserId == me && s.IsActive, cancellationToken))
                license = null;
        }
        return license ?? throw new NotFoundException("License", id);
    }
}
