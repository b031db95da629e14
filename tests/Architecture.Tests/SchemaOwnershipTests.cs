using Marten;
using OpsPlatform.Shared.Kernel.Persistence.Documents;
using Microsoft.Extensions.DependencyInjection;
using OpsPlatform.Shared.Kernel.Persistence;

namespace OpsPlatform.Architecture.Tests;

public sealed class SchemaOwnershipTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Each_module_Marten_store_keeps_its_documents_and_events_in_its_own_schema()
    {
        await using var scope = api.Services.CreateAsyncScope();
        var stores = MartenStores(scope.ServiceProvider);
        stores.Count.ShouldBe(Solution.ModuleNames.Length, "every module persists through its own Marten store");
        foreach (var (module, store) in stores)
        {
            var own = api.Services.GetServices<IModuleStore>().Single(s => s.Schema == store.Options.DatabaseSchemaName).Schema;
            store.Options.Events.DatabaseSchemaName.ShouldBe(own, module);
            (await api.ScalarAsync<long>("SELECT count(*) FROM pg_tables WHERE tablename LIKE 'mt\\_%' AND schemaname = $1", own)).ShouldBeGreaterThan(0, module);
        }
        (await api.ScalarAsync<long>("SELECT count(*) FROM pg_tables WHERE tablename LIKE 'mt\\_%' AND schemaname = ANY($1)", (object)new[] { "public", "wolverine", "identity" }))
            .ShouldBe(0, "no Marten table outside a module schema");
    }

    /// <summary>Each module's <c>I&lt;Module&gt;Store</c>, resolved.</summary>
    private static List<(string Module, IDocumentStore Store)> MartenStores(IServiceProvider services) =>
        Solution.AllModules
            .SelectMany(a => a.GetExportedTypes())
            .Where(t => t.IsInterface && typeof(IDocumentStore).IsAssignableFrom(t))
            .Select(t => (t.Name, (IDocumentStore)services.GetRequiredService(t)))
            .ToList();
}
