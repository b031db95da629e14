namespace OpsPlatform.Modules.Psa.Tasks;

internal enum ProjectTaskStatus
{
    ToDo,
    InProgress,
    Done,
    Blocked,
}
