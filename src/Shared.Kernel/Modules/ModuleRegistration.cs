using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Npgsql;
using OpsPlatform.Shared.Kernel.Cqrs;
using OpsPlatform.Shared.Kernel.Jobs;
using OpsPlatform.Shared.Kernel.Messaging;
using OpsPlatform.Shared.Kernel.Persistence;
using Wolverine;

namespace OpsPlatform.Shared.Kernel.Modules;

/// <summary>
/// What every module's <c>Add&lt;Module&gt;Module</c> calls: its DbContext on its schema, its migrations, its MediatR
/// handlers and validators, its Wolverine handlers (every <c>IWolverineHandler</c> in the assembly, each on its own
/// durable queue), and the purge of its live events.
/// </summary>
public static class ModuleRegistration
{
    public static IServiceCollection AddModule<TContext>(this IServiceCollection services, string schema, Assembly assembly)
        where TContext : ModuleDbContext
    {
        services.AddDbContextPool<TContext>((sp, options) => options
            .UseNpgsql(sp.GetRequiredService<NpgsqlDataSource>())
            .AddInterceptors(CommitInterceptor.Instance));
        services.AddSingleton(new ModuleDatabase(schema, assembly));
        services.AddHandlersFrom(assembly);
        var handlers = assembly.GetTypes().Where(t => t is { IsAbstract: false, IsInterface: false } && typeof(IWolverineHandler).IsAssignableFrom(t)).ToList();
        services.ConfigureWolverine(opts =>
        {
            foreach (var handler in handlers) opts.Discovery.IncludeType(handler);
        });
        services.AddSingletonJob<LiveEventsPurgeJob<TContext>, TContext>(sp => sp.GetRequiredService<IOptions<BusOptions>>().Value.PurgeInterval);
        services.TryAddSingleton(TimeProvider.System);
        return services;
    }
}
