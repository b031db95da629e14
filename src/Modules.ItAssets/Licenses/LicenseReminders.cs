using Microsoft.Extensions.Configuration;
using OpsPlatform.Modules.ItAssets.Licenses.RemindLicenseExpiry;
using OpsPlatform.Modules.ItAssets.Persistence;

namespace OpsPlatform.Modules.ItAssets.Licenses;

/// <summary>
/// Keeps one durable scheduled reminder per license and threshold (configuration <c>ItAssets:ExpiryReminderDays</c>,
/// default 60, 30 and 7 days before the expiry), keyed <c>license-expiry:{id}:{days}</c>, so scheduling again replaces
/// the pending one. A threshold already passed is not sent late, except the nearest one, sent at once, so a license
/// recorded 5 days before its expiry gets one "7 days" reminder rather than none (or three). Call in the unit of work
/// that changes the expiry.
/// </summary>
internal sealed class LicenseReminders(IConfiguration configuration)
{
    private readonly int[] _daysBefore = (configuration.GetSection("ItAssets:ExpiryReminderDays").Get<int[]>() is { Length: > 0 } days ? days : [60, 30, 7])
        .Where(d => d >= 0).Distinct().OrderDescending().ToArray();

    public IReadOnlyList<int> DaysBefore => _daysBefore;

    public void Reschedule(ItAssetsSession db, SoftwareLicense license, DateTimeOffset now)
    {
        var sendNow = license.ExpiresOn is { } expires && Midnight(expires) >= now
            ? _daysBefore.Where(d => Midnight(expires).AddDays(-d) <= now).Cast<int?>().LastOrDefault()
            : null;
        foreach (var days in _daysBefore)
        {
            var key = $"license-expiry:{license.Id}:{days}";
            if (license.ExpiresOn is not { } expiresOn) { db.CancelScheduled(key); continue; }
            var dueAt = Midnight(expiresOn).AddDays(-days);
            if (dueAt > now || days == sendNow)
                db.Schedule(new LicenseExpiryDue(Guid.CreateVersion7(now), now, license.Id, expiresOn, days), dueAt > now ? dueAt : now, key);
            else
                db.CancelScheduled(key);
        }
    }

    private static DateTimeOffset Midnight(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
}
