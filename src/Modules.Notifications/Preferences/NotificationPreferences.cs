using OpsPlatform.Modules.Notifications.Inbox;
using OpsPlatform.Shared.Kernel.Domain;

namespace OpsPlatform.Modules.Notifications.Preferences;

/// <summary>
/// One user's choices (the document's id is the user's id): a delivery per kind (kinds not named keep their default),
/// and the IANA time zone whose morning (<see cref="DigestTime"/>) the daily digest is sent at.
/// </summary>
internal sealed class NotificationPreferences : AggregateRoot
{
    public static readonly TimeOnly DigestTime = new(7, 0);

    private Dictionary<string, NotificationDelivery> _kinds = new(StringComparer.Ordinal);

    private NotificationPreferences() { }

    public string TimeZone { get; private set; } = "UTC";

    public IReadOnlyDictionary<string, NotificationDelivery> Kinds
    {
        get => _kinds;
        private set => _kinds = new Dictionary<string, NotificationDelivery>(value, StringComparer.Ordinal);
    }

    public static NotificationPreferences For(Guid userId) => new() { Id = userId };

    public NotificationDelivery? For(string kind) => _kinds.TryGetValue(kind, out var delivery) ? delivery : null;

    /// <summary>Replaces the time zone and sets the kinds named (a null delivery returns a kind to its default).</summary>
    public void Change(string timeZone, IReadOnlyDictionary<string, NotificationDelivery?> kinds)
    {
        TimeZone = timeZone;
        foreach (var (kind, delivery) in kinds)
        {
            if (delivery is { } chosen) _kinds[kind] = chosen;
            else _kinds.Remove(kind);
        }
    }

    public TimeZoneInfo Zone() => TimeZoneInfo.FindSystemTimeZoneById(TimeZone);

    /// <summary>When the digest of the user's local day containing <paramref name="now"/> falls due (that morning), as an instant.</summary>
    public DateTimeOffset MorningOf(DateTimeOffset now, out DateOnly localDay)
    {
        var zone = Zone();
        var local = TimeZoneInfo.ConvertTime(now, zone);
        localDay = DateOnly.FromDateTime(local.DateTime);
        var morning = localDay.ToDateTime(DigestTime);
        return new DateTimeOffset(morning, zone.GetUtcOffset(morning)).ToUniversalTime();
    }
}
