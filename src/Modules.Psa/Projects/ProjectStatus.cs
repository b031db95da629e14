namespace OpsPlatform.Modules.Psa.Projects;

internal enum ProjectStatus
{
    Planned,
    Active,
    OnHold,
    Completed,
    Cancelled,
}
