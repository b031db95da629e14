namespace OpsPlatform.Modules.Janitorial.Schedules;

internal enum Frequency
{
    Once,
    Daily,
    Weekly,
    Biweekly,
    Monthly,
}
