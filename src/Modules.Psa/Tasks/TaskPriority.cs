namespace OpsPlatform.Modules.Psa.Tasks;

internal enum TaskPriority
{
    Low,
    Normal,
    High,
    Urgent,
}
