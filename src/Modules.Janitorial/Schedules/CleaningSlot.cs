namespace OpsPlatform.Modules.Janitorial.Schedules;

/// <summary>One occurrence's time: a local date and times at the site, and the instants they mean there.</summary>
internal readonly record struct CleaningSlot(DateOnly ServiceDate, TimeOnly StartTime, TimeOnly EndTime, DateTimeOffset StartsAt, DateTimeOffset EndsAt)
{
    public static CleaningSlot At(DateOnly date, TimeOnly start, TimeOnly end, string timeZone)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(timeZone);
        return new CleaningSlot(date, start, end, Instant(date, start, zone), Instant(date, end, zone));
    }

    public bool Overlaps(DateTimeOffset startsAt, DateTimeOffset endsAt) => StartsAt < endsAt && startsAt < EndsAt;

    private static DateTimeOffset Instant(DateOnly date, TimeOnly time, TimeZoneInfo zone)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        // A local time skipped by a DST jump does not exist; it is read with the offset in force just before.
        var offset = zone.IsInvalidTime(local) ? zone.GetUtcOffset(local.AddHours(-1)) : zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset).ToUniversalTime();
    }
}
