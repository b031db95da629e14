using System.Reflection;
using JasperFx;
using JasperFx.CodeGeneration;
using JasperFx.CodeGeneration.Model;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;
using OpsPlatform.Shared.Kernel.Jobs;
using Wolverine;
using Wolverine.ErrorHandling;
using Wolverine.Postgresql;
using Wolverine.Util;

namespace OpsPlatform.Shared.Kernel.Bus;

/// <summary>
/// The in-process Wolverine bus every module shares (ADR 0010): envelopes in the <c>wolverine</c> schema, one durable
/// local queue per handler (<c>Separated</c>, deduplicated by message id and destination), retries with backoff then
/// dead letters. A handler commits through its module's unit of work (<c>ModuleSession</c>), which marks its envelope
/// handled in the same commit. Modules add their handlers through <c>AddModuleStore</c>.
/// </summary>
public static class BusSetup
{
    public const string Schema = "wolverine";

    /// <summary>
    /// Configures Wolverine for this host. <paramref name="applicationAssembly"/> holds the code generated ahead of
    /// time (<c>codegen write</c>), loaded statically: no Roslyn at start-up. <paramref name="migrate"/> false: the
    /// <c>wolverine</c> schema must already exist (a host that may not migrate never changes it).
    /// </summary>
    public static IHostApplicationBuilder AddOpsBus(this IHostApplicationBuilder builder, NpgsqlDataSource database, Assembly applicationAssembly, bool migrate)
    {
        var options = new BusOptions();
        if (builder.Environment.IsEnvironment("Testing")) options.ForTesting();
        builder.Configuration.GetSection("Bus").Bind(options);
        builder.Services.AddSingleton(Microsoft.Extensions.Options.Options.Create(options));
        builder.Services.AddSingleton<LiveEventSignal>();
        builder.Services.AddSingleton<BusMonitor>();
        WolverineMessageNaming.InsertFirst<IntegrationEventNaming>();

        builder.UseWolverine(opts =>
        {
            opts.ApplicationAssembly = applicationAssembly;
            opts.ServiceName = "opsplatform";
            opts.Discovery.DisableConventionalDiscovery().IncludeType<SingletonJobHandler>();
            opts.CodeGeneration.TypeLoadMode = TypeLoadMode.Static;
            // Handlers resolve the module's unit of work and MediatR from the message's scope: one scope, so a command a
            // handler sends writes through the same session, whose commit also marks the envelope handled.
            opts.ServiceLocationPolicy = ServiceLocationPolicy.AlwaysAllowed;
            opts.UseSystemTextJsonForSerialization(json =>
            {
                json.PropertyNamingPolicy = MessageJson.Options.PropertyNamingPolicy;
                foreach (var converter in MessageJson.Options.Converters) json.Converters.Add(converter);
            });

            opts.PersistMessagesWithPostgresql(database, Schema);
            opts.AutoBuildMessageStorageOnStartup = migrate ? AutoCreate.CreateOrUpdate : AutoCreate.None;
            opts.Policies.UseDurableLocalQueues();
            opts.MultipleHandlerBehavior = MultipleHandlerBehavior.Separated;
            opts.Durability.MessageIdentity = MessageIdentity.IdAndDestination;
            opts.Durability.KeepAfterMessageHandling = options.HandledRetention;
            opts.Durability.ScheduledJobPollingTime = options.ScheduledPollInterval;
            opts.Durability.ScheduledJobFirstExecution = TimeSpan.Zero;
            opts.Durability.StaleNodeTimeout = options.StaleNodeTimeout;
            opts.Durability.HealthCheckPollingTime = options.HealthCheckInterval;
            opts.Durability.FirstHealthCheckExecution = TimeSpan.Zero;
            if (!options.Enabled)
            {
                // Builds the storage but fires no scheduled message and starts no job (templates, "host down" tests).
                opts.Durability.Mode = DurabilityMode.Solo;
                opts.Durability.ScheduledJobFirstExecution = TimeSpan.FromDays(1);
                opts.Durability.ScheduledJobPollingTime = TimeSpan.FromDays(1);
            }

            var delays = Enumerable.Range(0, Math.Max(options.MaxAttempts - 1, 0)).Select(i => options.RetryBackoff * Math.Pow(2, i)).ToArray();
            opts.Policies.OnAnyException().RetryWithCooldown(delays).Then.MoveToErrorQueue();
        });
        builder.Services.AddSingletonJobs(); // after Wolverine's own start: it schedules on the running bus
        return builder;
    }
}
