using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;
using OpsPlatform.Shared.Kernel.Cqrs;
using OpsPlatform.Shared.Kernel.Messaging;
using OpsPlatform.Shared.Kernel.Persistence;

namespace OpsPlatform.Shared.Kernel.Modules;

/// <summary>
/// What every module's <c>Add&lt;Module&gt;Module</c> calls: its DbContext on its schema, its migrations, its handlers and
/// validators, and its bus subscriptions: every <c>IIntegrationEventHandler&lt;T&gt;</c> in the assembly subscribes to T.
/// </summary>
public static class ModuleRegistration
{
    public static IServiceCollection AddModule<TContext>(this IServiceCollection services, string schema, Assembly assembly)
        where TContext : ModuleDbContext
    {
        services.AddDbContextPool<TContext>((sp, options) => options
            .UseNpgsql(sp.GetRequiredService<NpgsqlDataSource>())
            .AddInterceptors(OutboxCommitInterceptor.Instance));
        services.AddSingleton(new ModuleDatabase(schema, assembly));
        services.AddHandlersFrom(assembly);
        foreach (var subscription in Subscription.Scan(assembly, schema, typeof(TContext)))
        {
            services.TryAddScoped(subscription.HandlerType);
            services.AddSingleton(subscription);
        }
        services.AddBus();
        services.TryAddSingleton(TimeProvider.System);
        return services;
    }
}
