using Marten;
using OpsPlatform.Modules.Psa.Documents;
using OpsPlatform.Modules.Psa.Projects;
using OpsPlatform.Modules.Psa.StatusUpdates;
using OpsPlatform.Modules.Psa.Tasks;
using OpsPlatform.Modules.Psa.Time;
using OpsPlatform.Shared.Kernel.Persistence.Documents;

namespace OpsPlatform.Modules.Psa.Persistence;

/// <summary>The module's documents and the indexes behind every filter and sort the API offers (each ending with the id tie-break).</summary>
internal static class PsaStoreSetup
{
    public const string UniqueCode = "ux_projects_code";

    public static readonly IReadOnlyDictionary<string, string[]> UniqueFields = new Dictionary<string, string[]>
    {
        [UniqueCode] = ["code"],
    };

    public static void Configure(StoreOptions options)
    {
        options.Schema.For<Project>()
            .DocumentAlias("project")
            .UseOptimisticConcurrency(true)
            .Duplicate(p => p.Code, configure: i => { i.IsUnique = true; i.Name = UniqueCode; })
            .Duplicate(p => p.Name)
            .Duplicate(p => p.Status)
            .Duplicate(p => p.OwnerId)
            .Duplicate(p => p.ClientName)
            .Duplicate(p => p.DueOn)
            .Duplicate(p => p.Archived)
            .Duplicate(p => p.CreatedAt)
            .GinIndexJsonData(); // the projects of a member (Members containing the user)
        options.Index<Project>("ix_projects_name", ["archived", "name", "id"]);
        options.Index<Project>("ix_projects_status", ["status", "name", "id"]);
        options.Index<Project>("ix_projects_owner_id", ["owner_id", "name", "id"]);
        options.Index<Project>("ix_projects_client_name", ["client_name", "name", "id"]);
        options.Index<Project>("ix_projects_due_on", ["due_on", "id"]);
        options.Index<Project>("ix_projects_created_at", ["created_at", "id"]);

        options.Schema.For<ProjectTask>()
            .DocumentAlias("project_task")
            .UseOptimisticConcurrency(true)
            .Duplicate(t => t.ProjectId)
            .Duplicate(t => t.AssigneeId)
            .Duplicate(t => t.Status)
            .Duplicate(t => t.DueOn)
            .Duplicate(t => t.PriorityRank)
            .Duplicate(t => t.Title)
            .Duplicate(t => t.CreatedAt);
        options.Index<ProjectTask>("ix_tasks_project", ["project_id", "due_on", "id"]);
        options.Index<ProjectTask>("ix_tasks_assignee", ["assignee_id", "due_on", "id"]);
        options.Index<ProjectTask>("ix_tasks_status", ["status", "due_on", "id"]);
        options.Index<ProjectTask>("ix_tasks_priority", ["priority_rank", "due_on", "id"]);
        options.Index<ProjectTask>("ix_tasks_due_on", ["due_on", "id"]);
        options.Index<ProjectTask>("ix_tasks_title", ["title", "id"]);
        options.Index<ProjectTask>("ix_tasks_created_at", ["created_at", "id"]);
        // Overdue = open with a due date: a range on a partial index, its predicate as PostgreSQL prints it back.
        options.Index<ProjectTask>("ix_tasks_overdue", ["due_on", "id"],
            $"(due_on IS NOT NULL) AND ((status)::text <> ALL (ARRAY[('{ProjectTaskStatus.Done}'::character varying)::text]))");

        options.Schema.For<StatusUpdate>()
            .DocumentAlias("status_update")
            .Duplicate(s => s.ProjectId)
            .Duplicate(s => s.Health)
            .Duplicate(s => s.PostedAt);
        options.Index<StatusUpdate>("ix_status_updates_project", ["project_id", "posted_at", "id"]);
        options.Index<StatusUpdate>("ix_status_updates_project_health", ["project_id", "health", "posted_at", "id"]);

        options.Schema.For<TimeEntry>()
            .DocumentAlias("time_entry")
            .UseOptimisticConcurrency(true)
            .Duplicate(e => e.UserId)
            .Duplicate(e => e.ProjectId)
            .Duplicate(e => e.TaskId)
            .Duplicate(e => e.Date)
            .Duplicate(e => e.WeekStart)
            .Duplicate(e => e.Minutes)
            .Duplicate(e => e.Billable)
            .Duplicate(e => e.Status)
            .Duplicate(e => e.CreatedAt);
        options.Index<TimeEntry>("ix_time_entries_user", ["user_id", "date", "id"]);
        options.Index<TimeEntry>("ix_time_entries_project", ["project_id", "date", "id"]);
        options.Index<TimeEntry>("ix_time_entries_task", ["task_id", "id"]);
        options.Index<TimeEntry>("ix_time_entries_week", ["week_start", "user_id", "id"]);
        options.Index<TimeEntry>("ix_time_entries_decision", ["project_id", "user_id", "week_start", "status"]);
        options.Index<TimeEntry>("ix_time_entries_status", ["status", "date", "id"]);
        options.Index<TimeEntry>("ix_time_entries_date", ["date", "id"]);
        options.Index<TimeEntry>("ix_time_entries_created_at", ["created_at", "id"]);

        options.Schema.For<WeeklyCapacity>().DocumentAlias("weekly_capacity");

        options.Schema.For<ProjectDocument>()
            .DocumentAlias("project_document")
            .UseOptimisticConcurrency(true)
            .Duplicate(d => d.ProjectId)
            .Duplicate(d => d.Title)
            .Duplicate(d => d.SharedWithClients)
            .Duplicate(d => d.CreatedAt);
        options.Index<ProjectDocument>("ix_project_documents_project", ["project_id", "title", "id"]);
        options.Index<ProjectDocument>("ix_project_documents_project_shared", ["project_id", "shared_with_clients", "title", "id"]);
        options.Index<ProjectDocument>("ix_project_documents_project_created_at", ["project_id", "created_at", "id"]);

        options.Schema.For<DocumentAccessEntry>()
            .DocumentAlias("document_access")
            .Duplicate(e => e.DocumentId)
            .Duplicate(e => e.ProjectId)
            .Duplicate(e => e.UserId)
            .Duplicate(e => e.AccessedAt);
        options.Index<DocumentAccessEntry>("ix_document_access_document", ["document_id", "accessed_at", "id"]);
        options.Index<DocumentAccessEntry>("ix_document_access_user", ["user_id", "accessed_at", "id"]);
    }
}
