using Microsoft.Extensions.Configuration;
using OpsPlatform.Modules.ItAssets.Persistence;

namespace OpsPlatform.Modules.ItAssets.Reminders;

/// <summary>
/// Keeps one durable scheduled reminder per end date and threshold (configuration <c>ItAssets:ExpiryReminderDays</c>,
/// default 60, 30 and 7 days before), keyed <c>{keyPrefix}:{days}</c>, so scheduling again replaces the pending one.
/// A threshold already passed is not sent late, except the nearest one, sent at once, so a license recorded 5 days
/// before its expiry gets one "7 days" reminder rather than none (or three). No end date cancels them all. Call in
/// the unit of work that changes the end date. Used for license expiries and hardware warranties.
/// </summary>
internal sealed class ExpiryReminders(IConfiguration configuration)
{
    private readonly int[] _daysBefore = (configuration.GetSection("ItAssets:ExpiryReminderDays").Get<int[]>() is { Length: > 0 } days ? days : [60, 30, 7])
        .Where(d => d >= 0).Distinct().OrderDescending().ToArray();

    public void Reschedule(ItAssetsSession db, string keyPrefix, DateOnly? endsOn, DateTimeOffset now, Func<int, object> reminder)
    {
        var sendNow = endsOn is { } ends && Midnight(ends) >= now
            ? _daysBefore.Where(d => Midnight(ends).AddDays(-d) <= now).Cast<int?>().LastOrDefault()
            : null;
        foreach (var days in _daysBefore)
        {
            var key = $"{keyPrefix}:{days}";
            if (endsOn is not { } end) { db.CancelScheduled(key); continue; }
            var dueAt = Midnight(end).AddDays(-days);
            if (dueAt > now || days == sendNow)
                db.Schedule(reminder(days), dueAt > now ? dueAt : now, key);
            else
                db.CancelScheduled(key);
        }
    }

    private static DateTimeOffset Midnight(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
}
