using Microsoft.AspNetCore.Routing;
using OpsPlatform.Modules.Psa.Documents.DownloadDocument;
using OpsPlatform.Modules.Psa.Documents.GetDocument;
using OpsPlatform.Modules.Psa.Documents.ListDocumentAccess;
using OpsPlatform.Modules.Psa.Documents.ListDocuments;
using OpsPlatform.Modules.Psa.Documents.ListUserAccess;
using OpsPlatform.Modules.Psa.Documents.UpdateDocument;
using OpsPlatform.Modules.Psa.Documents.UploadDocument;
using OpsPlatform.Modules.Psa.Documents.UploadDocumentVersion;
using OpsPlatform.Modules.Psa.Projects.AddProjectMember;
using OpsPlatform.Modules.Psa.Projects.ArchiveProject;
using OpsPlatform.Modules.Psa.Projects.ChangeProjectStatus;
using OpsPlatform.Modules.Psa.Projects.CreateProject;
using OpsPlatform.Modules.Psa.Projects.DeleteProject;
using OpsPlatform.Modules.Psa.Projects.GetProject;
using OpsPlatform.Modules.Psa.Projects.ListProjects;
using OpsPlatform.Modules.Psa.Projects.RemoveProjectMember;
using OpsPlatform.Modules.Psa.Projects.UpdateProject;
using OpsPlatform.Modules.Psa.StatusUpdates.ListStatusUpdates;
using OpsPlatform.Modules.Psa.StatusUpdates.PostStatusUpdate;
using OpsPlatform.Modules.Psa.Tasks.ChangeTaskStatus;
using OpsPlatform.Modules.Psa.Tasks.CreateTask;
using OpsPlatform.Modules.Psa.Tasks.DeleteTask;
using OpsPlatform.Modules.Psa.Tasks.GetTask;
using OpsPlatform.Modules.Psa.Tasks.ListTasks;
using OpsPlatform.Modules.Psa.Tasks.UpdateTask;
using OpsPlatform.Modules.Psa.Time.DecideWeek;
using OpsPlatform.Modules.Psa.Time.DeleteTimeEntry;
using OpsPlatform.Modules.Psa.Time.GetBudgetBurn;
using OpsPlatform.Modules.Psa.Time.GetUtilization;
using OpsPlatform.Modules.Psa.Time.ListTimeEntries;
using OpsPlatform.Modules.Psa.Time.LogTime;
using OpsPlatform.Modules.Psa.Time.SetCapacity;
using OpsPlatform.Modules.Psa.Time.SubmitWeek;
using OpsPlatform.Modules.Psa.Time.UpdateTimeEntry;

namespace OpsPlatform.Modules.Psa;

internal static class PsaEndpoints
{
    public static void Map(RouteGroupBuilder group)
    {
        group.MapCreateProject();
        group.MapGetProject();
        group.MapListProjects();
        group.MapUpdateProject();
        group.MapChangeProjectStatus();
        group.MapArchiveProject();
        group.MapDeleteProject();
        group.MapAddProjectMember();
        group.MapRemoveProjectMember();

        group.MapCreateTask();
        group.MapGetTask();
        group.MapListTasks();
        group.MapUpdateTask();
        group.MapChangeTaskStatus();
        group.MapDeleteTask();

        group.MapPostStatusUpdate();
        group.MapListStatusUpdates();

        group.MapLogTime();
        group.MapUpdateTimeEntry();
        group.MapDeleteTimeEntry();
        group.MapListTimeEntries();
        group.MapSubmitWeek();
        group.MapDecideWeek();
        group.MapSetCapacity();
        group.MapGetBudgetBurn();
        group.MapGetUtilization();

        group.MapUploadDocument();
        group.MapUploadDocumentVersion();
        group.MapGetDocument();
        group.MapDownloadDocument();
        group.MapListDocuments();
        group.MapUpdateDocument();
        group.MapListDocumentAccess();
        group.MapListUserAccess();
    }
}
