using OpsPlatform.Modules.ItAssets.Licenses.RemindLicenseExpiry;
using OpsPlatform.Modules.ItAssets.Persistence;
using OpsPlatform.Modules.ItAssets.Reminders;

namespace OpsPlatform.Modules.ItAssets.Licenses;

/// <summary>A license's expiry reminders, keyed <c>license-expiry:{id}:{days}</c>.</summary>
internal static class LicenseReminders
{
    public static void RescheduleReminders(this ExpiryReminders reminders, ItAssetsSession db, SoftwareLicense license, DateTimeOffset now) =>
        reminders.Reschedule(db, $"license-expiry:{license.Id}", license.ExpiresOn, now,
            days => new LicenseExpiryDue(Guid.CreateVersion7(now), now, license.Id, license.ExpiresOn!.Value, days));
}
