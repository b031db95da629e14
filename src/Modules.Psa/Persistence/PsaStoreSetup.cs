using Marten;
using OpsPlatform.Shared.Kernel.Persistence.Documents;
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
        options.Schema.For<Project>()
            .DocumentAlias("project")
            .UseOptimisticConcurrency(true)
            .Duplicate(p => p.Code, configure: i => { i.IsUnique = true; i.Name = UniqueCode; })
            .Duplicate(p => p.Name)
            .Duplicate(p => p.Status)
            .Duplicate(p => p.ManagerId)
            .Duplicate(p => p.ClientName)
            .Duplicate(p => p.DueOn)
            .Duplicate(p => p.CreatedAt);
        // Each filter's index ends with the list's sort and the id tie-break.
        options.Index<Project>("ix_projects_name", ["name", "id"]);
        options.Index<Project>("ix_projects_status", ["status", "name", "id"]);
        options.Index<Project>("ix_projects_manager_id", ["manager_id", "name", "id"]);
        options.Index<Project>("ix_projects_client_name", ["client_name", "name", "id"]);
        options.Index<Project>("ix_projects_due_on", ["due_on", "id"]);
        options.Index<Project>("ix_projects_created_at", ["created_at", "id"]);
    }
}
