using MediatR;
using Marten;
using OpsPlatform.Modules.ItAssets.Contracts;
using OpsPlatform.Modules.ItAssets.Persistence;
using OpsPlatform.Modules.ItAssets.Reminders;
using OpsPlatform.Shared.Kernel.Persistence;

namespace OpsPlatform.Modules.ItAssets.Licenses.RemindLicenseExpiry;

/// <summary>
/// Publishes <see cref="LicenseExpiring"/> (to other modules and, as a live event, to IT staff) once per license, expiry
/// and threshold (a <see cref="SentReminder"/> in the same commit), so a redelivery, or a reminder for an expiry that
/// has since changed, does nothing. The license itself is only read, so a seat assigned at that moment is not refused.
/// </summary>
internal sealed class RemindLicenseExpiryHandler(ItAssetsSession db, TimeProvider clock) : IRequestHandler<RemindLicenseExpiryCommand, bool>
{
    public async Task<bool> Handle(RemindLicenseExpiryCommand command, CancellationToken cancellationToken)
    {
        var license = await db.Documents.LoadAsync<SoftwareLicense>(command.LicenseId, cancellationToken);
        if (license is null || !license.IsExpiryReminderDue(command.ExpiresOn)) return false;
        var now = clock.GetUtcNow();
        if (!await db.TryRecordAsync(SentReminder.Key("license-expiry", license.Id, command.ExpiresOn, command.DaysBefore), now, cancellationToken))
            return false;
        db.Publish(new LicenseExpiring(Guid.CreateVersion7(now), now, license.Id, license.ProductName, license.Vendor, command.ExpiresOn,
            command.DaysBefore, EnumText<LicenseModel>.ToText(license.Model), license.SeatsOwned, license.SeatsUsed, []));
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
