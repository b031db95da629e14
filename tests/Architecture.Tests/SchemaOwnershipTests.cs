using Marten;
using OpsPlatform.Shared.Kernel.Persistence.Documents;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpsPlatform.Shared.Kernel.Persistence;

namespace OpsPlatform.Architecture.Tests;

public sealed class SchemaOwnershipTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Each_module_DbContext_maps_only_its_own_schema()
    {
        await using var scope = api.Services.CreateAsyncScope();
        var contexts = Solution.AllModules
            .SelectMany(a => a.GetTypes())
            .Where(t => typeof(ModuleDbContext).IsAssignableFrom(t) && !t.IsAbstract)
            .Select(t => (DbContext)scope.ServiceProvider.GetRequiredService(t))
            .ToList();

        var stores = MartenStores(scope.ServiceProvider);
        (contexts.Count + stores.Count).ShouldBe(Solution.ModuleNames.Length);
        var schemas = api.Services.GetServices<ModuleDatabase>().Select(m => m.Schema).ToHashSet();
        foreach (var context in contexts)
        {
            var own = context.Model.GetDefaultSchema();
            schemas.ShouldContain(own!);
            // Wolverine's envelope tables are mapped too, so its outbox commits in the module's transaction.
            context.Model.GetEntityTypes().Where(e => e.ClrType.Namespace?.StartsWith("Wolverine", StringComparison.Ordinal) != true)
                .Select(e => e.GetSchema() ?? own).Distinct().ShouldBe([own], context.GetType().Name);
            context.Model.GetEntityTypes().Where(e => e.ClrType.Namespace?.StartsWith("Wolverine", StringComparison.Ordinal) == true)
                .Select(e => e.GetSchema()).Distinct().ShouldBe(["wolverine"], context.GetType().Name);
        }
    }

    [Fact]
    public async Task Each_module_Marten_store_keeps_its_documents_and_events_in_its_own_schema()
    {
        await using var scope = api.Services.CreateAsyncScope();
        var stores = MartenStores(scope.ServiceProvider);
        stores.ShouldNotBeEmpty();
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

    [Fact]
    public async Task Every_mapped_column_exists_in_the_migrated_database()
    {
        await using var scope = api.Services.CreateAsyncScope();
        var missing = new List<string>();
        foreach (var context in Solution.AllModules.SelectMany(a => a.GetTypes())
                     .Where(t => typeof(ModuleDbContext).IsAssignableFrom(t) && !t.IsAbstract)
                     .Select(t => (DbContext)scope.ServiceProvider.GetRequiredService(t)))
        {
            foreach (var entity in context.Model.GetEntityTypes().Where(e => e.GetTableName() is not null))
            {
                var table = Microsoft.EntityFrameworkCore.Metadata.StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
                foreach (var property in entity.GetProperties())
                {
                    var column = property.GetColumnName(table);
                    if (column is null) continue;
                    var exists = await api.ScalarAsync<bool>(
                        "SELECT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = $1 AND table_name = $2 AND column_name = $3)",
                        table.Schema!, table.Name, column);
                    if (!exists) missing.Add($"{table.Schema}.{table.Name}.{column}");
                }
            }
        }

        missing.ShouldBeEmpty();
    }
}
