using Marten;
using OpsPlatform.Modules.ItAssets.Persistence;

namespace OpsPlatform.Modules.ItAssets.Reminders;

internal static class SentReminders
{
    /// <summary>
    /// Records the reminder <paramref name="key"/> in this unit of work; false when it was sent before. Two racing
    /// deliveries both insert it, and the second commit is refused (its retry then finds it sent).
    /// </summary>
    public static async Task<bool> TryRecordAsync(this ItAssetsSession db, string key, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (await db.Documents.LoadAsync<SentReminder>(key, cancellationToken) is not null) return false;
        db.Documents.Insert(new SentReminder { Id = key, SentAt = now });
        return true;
    }
}
