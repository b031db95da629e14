namespace OpsPlatform.Modules.Maintenance.PreventivePlans;

/// <summary>Fixed: every interval from the schedule, whatever happened. Floating: one interval after the last completion.</summary>
internal enum DueMode
{
    Fixed,
    Floating,
}
