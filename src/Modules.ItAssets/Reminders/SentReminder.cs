namespace OpsPlatform.Modules.ItAssets.Reminders;

/// <summary>
/// A reminder already published, keyed by what it was for (<c>{kind}:{record id}:{end date}:{days before}</c>), so a
/// redelivered one is published once. Kept apart from the hardware or license it is about: sending a reminder must not
/// change that record's version under a person editing or checking it out at the same moment.
/// </summary>
internal sealed class SentReminder
{
    public required string Id { get; init; }
    public DateTimeOffset SentAt { get; init; }

    public static string Key(string kind, Guid recordId, DateOnly endsOn, int daysBefore) => $"{kind}:{recordId}:{endsOn:yyyy-MM-dd}:{daysBefore}";
}
