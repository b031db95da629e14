namespace OpsPlatform.Modules.Psa.Time;

/// <summary>How many hours a week a person is available for project work (id = the user's id); 40 when none is stored.</summary>
internal sealed class WeeklyCapacity
{
    public const decimal DefaultHours = 40;

    private WeeklyCapacity() { }

    public Guid Id { get; private set; }
    public decimal Hours { get; private set; }

    public static WeeklyCapacity Of(Guid userId, decimal hours) => new() { Id = userId, Hours = hours };
}
