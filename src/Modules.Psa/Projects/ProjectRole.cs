namespace OpsPlatform.Modules.Psa.Projects;

/// <summary>What a member does on a project: works on it, or (a client's contact) reads its status updates and shared documents.</summary>
internal enum ProjectRole
{
    Member,
    ClientViewer,
}
