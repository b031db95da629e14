using System.Reflection;
using System.Text.Json.Serialization.Metadata;
using JasperFx;
using JasperFx.Events;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Npgsql;
using OpsPlatform.Shared.Kernel.Cqrs;
using OpsPlatform.Shared.Kernel.Jobs;
using OpsPlatform.Shared.Kernel.Bus;
using OpsPlatform.Shared.Kernel.Persistence;
using OpsPlatform.Shared.Kernel.Persistence.Documents;
using Wolverine;
using Wolverine.Marten;

namespace OpsPlatform.Shared.Kernel.Modules;

/// <summary>
/// What every module's <c>Add&lt;Module&gt;Module</c> calls: its Marten store on its schema (with the kernel's tables), its
/// MediatR handlers and validators, its Wolverine handlers (every <c>IWolverineHandler</c> in the assembly, each on its
/// own durable queue), and the purge of its live events.
/// </summary>
public static class ModuleRegistration
{
    /// <summary>
    /// A module persisted through its own Marten store <typeparamref name="TStore"/> in <paramref name="schema"/> (documents,
    /// event streams and their projections), integrated with Wolverine's outbox; <typeparamref name="TSession"/> is its
    /// scoped unit of work. Marten's tables are built by the host's database start-up (or <c>--migrate</c>), never on
    /// first use, so the runtime never checks the schema.
    /// </summary>
    public static IServiceCollection AddModuleStore<TStore, TSession>(this IServiceCollection services, string schema, Assembly assembly, Action<StoreOptions> configure)
        where TStore : class, IDocumentStore where TSession : ModuleSession<TStore>
    {
        services.AddMartenStore<TStore>(sp =>
        {
            var options = new StoreOptions();
            options.Connection(sp.GetRequiredService<NpgsqlDataSource>());
            options.DatabaseSchemaName = schema;
            options.Events.DatabaseSchemaName = schema;
            options.AutoCreateSchemaObjects = AutoCreate.None;
            options.UseSystemTextJsonForSerialization(Weasel.Core.EnumStorage.AsString, configure: json =>
                json.TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { DocumentJson.IncludePrivateMembers } });
            options.Events.StreamIdentity = StreamIdentity.AsGuid;
            options.DisableNpgsqlLogging = true;
            options.AddKernelTables(schema);
            configure(options);
            return options;
        }).IntegrateWithWolverine(wolverine => wolverine.SchemaName = BusSetup.Schema);
        services.AddSingleton<IModuleStore>(sp => new ModuleStore(schema, sp.GetRequiredService<TStore>()));
        services.AddScoped<TSession>();
        services.AddHandlersFrom(assembly);
        AddWolverineHandlers(services, assembly);
        services.AddSingletonJob<LiveEventsPurgeJob<TSession>, TSession>(sp => sp.GetRequiredService<IOptions<BusOptions>>().Value.PurgeInterval);
        services.TryAddSingleton(TimeProvider.System);
        return services;
    }

    private static void AddWolverineHandlers(IServiceCollection services, Assembly assembly)
    {
        var handlers = assembly.GetTypes().Where(t => t is { IsAbstract: false, IsInterface: false } && typeof(IWolverineHandler).IsAssignableFrom(t)).ToList();
        services.ConfigureWolverine(opts =>
        {
            foreach (var handler in handlers) opts.Discovery.IncludeType(handler);
        });
    }
}
