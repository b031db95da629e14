using MediatR;
using Marten;
using OpsPlatform.Modules.ItAssets.Contracts;
using OpsPlatform.Modules.ItAssets.Persistence;
using OpsPlatform.Shared.Kernel.Persistence;

namespace OpsPlatform.Modules.ItAssets.Licenses.RemindLicenseExpiry;

/// <summary>
/// Publishes <see cref="LicenseExpiring"/> (to other modules and, as a live event, to IT staff) once per license, expiry
/// and threshold: the license records what it sent in the same commit, so a redelivery, or a reminder for an expiry
/// that has since changed, does nothing.
/// </summary>
internal sealed class RemindLicenseExpiryHandler(ItAssetsSession db, TimeProvider clock) : IRequestHandler<RemindLicenseExpiryCommand, bool>
{
    public async Task<bool> Handle(RemindLicenseExpiryCommand command, CancellationToken cancellationToken)
    {
        await db.LockAsync(ItAssetsLocks.LicenseSeats(command.LicenseId), cancellationToken);
        var license = await db.Documents.LoadAsync<SoftwareLicense>(command.LicenseId, cancellationToken);
        if (license is null || !license.MarkReminded(command.ExpiresOn, command.DaysBefore)) return false;
        var now = clock.GetUtcNow();
        db.Update(license);
        db.Publish(new LicenseExpiring(Guid.CreateVersion7(now), now, license.Id, license.ProductName, license.Vendor, command.ExpiresOn,
            command.DaysBefore, EnumText<LicenseModel>.ToText(license.Model), license.SeatsOwned, license.SeatsUsed, []));
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
