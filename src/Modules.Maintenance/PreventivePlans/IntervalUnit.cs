namespace OpsPlatform.Modules.Maintenance.PreventivePlans;

internal enum IntervalUnit
{
    Days,
    Weeks,
    Months,
}
