namespace OpsPlatform.Modules.Psa.Projects;

/// <summary>How much of a project a request needs: each level includes the ones before it.</summary>
internal enum ProjectView
{
    /// <summary>Status updates and the documents shared with clients: client viewers, the team, managers.</summary>
    Client,

    /// <summary>Everything inside the project (tasks, documents, time, members, budget): the owner, its members, managers and admins.</summary>
    Team,

    /// <summary>Running it (edit, status, members, tasks, approvals): the owner, and admins.</summary>
    Owner,
}
