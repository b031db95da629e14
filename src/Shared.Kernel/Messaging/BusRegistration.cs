using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using OpsPlatform.Shared.Kernel.Jobs;

namespace OpsPlatform.Shared.Kernel.Messaging;

public static class BusRegistration
{
    /// <summary>The bus's services and loops, once per host (AddModule calls it; calling it again adds nothing).</summary>
    public static IServiceCollection AddBus(this IServiceCollection services)
    {
        if (services.Any(d => d.ServiceType == typeof(BusRegistry))) return services;
        services.AddOptions<BusOptions>().Configure<IHostEnvironment, IConfiguration>((options, environment, configuration) =>
        {
            if (environment.IsEnvironment("Testing")) options.ForTesting();
            configuration.GetSection("Bus").Bind(options);
        });
        services.AddSingleton<BusRegistry>();
        services.AddSingleton<OutboxRelay>();
        services.AddSingleton<InboxStore>();
        services.AddSingleton<FailurePolicy>();
        services.AddSingleton<HandlerExecutor>();
        services.AddSingleton<BusMonitor>();
        services.AddSingleton<DeadLetterStore>();
        services.AddSingleton<BusNotifications>();
        services.AddHostedService(sp => sp.GetRequiredService<BusNotifications>());
        services.AddSingleton<OutboxCommitSignal>();
        services.AddHostedService(sp => sp.GetRequiredService<OutboxCommitSignal>());
        services.AddSingleton<BusNode>();
        services.AddHostedService(sp => sp.GetRequiredService<BusNode>());
        services.AddSingleton(sp => new SingletonJobSchedule<BusPurgeJob>(sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<BusOptions>>().Value.PurgeInterval));
        services.TryAddScoped<BusPurgeJob>();
        services.AddHostedService<SingletonJobRunner<BusPurgeJob>>();
        return services;
    }

    /// <summary>Adds a rule for failing handlers (tried in registration order; a handler's own rules before global ones).</summary>
    public static IServiceCollection AddBusFailureRule(this IServiceCollection services, FailureRule rule)
    {
        services.AddSingleton(rule);
        return services;
    }
}
