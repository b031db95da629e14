using Marten;
using OpsPlatform.Modules.Psa.Projects;

namespace OpsPlatform.Modules.Psa.Persistence;

/// <summary>The module's documents and the indexes behind every filter and sort the API offers.</summary>
internal static class PsaStoreSetup
{
    public const string UniqueCode = "ux_projects_code";

    public static readonly IReadOnlyDictionary<string, string[]> UniqueFields = new Dictionary<string, string[]>
    {
        [UniqueCode] = ["code"],
    };

    public static void Configure(StoreOptions options)
    {
        // Sorted lists end with the id (a tie-break), so each index carries it.
        options.Schema.For<Project>()
            .DocumentAlias("project")
            .UseOptimisticConcurrency(true)
            .Duplicate(p => p.Code, configure: i => { i.IsUnique = true; i.Name = UniqueCode; })
            .Duplicate(p => p.Name, configure: i => { i.Columns = ["name", "id"]; i.Name = "ix_projects_name"; })
            .Duplicate(p => p.Status, configure: i => { i.Columns = ["status", "name", "id"]; i.Name = "ix_projects_status"; })
            .Duplicate(p => p.ManagerId, configure: i => { i.Columns = ["manager_id", "name", "id"]; i.Name = "ix_projects_manager_id"; })
            .Duplicate(p => p.ClientName, configure: i => { i.Columns = ["client_name", "name", "id"]; i.Name = "ix_projects_client_name"; })
            .Duplicate(p => p.DueOn, configure: i => { i.Columns = ["due_on", "id"]; i.Name = "ix_projects_due_on"; })
            .Duplicate(p => p.CreatedAt, configure: i => { i.Columns = ["created_at", "id"]; i.Name = "ix_projects_created_at"; });
    }
}
