using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Npgsql;
using OpsPlatform.Shared.Kernel.Messaging;

namespace OpsPlatform.Host.Api.Database;

/// <summary>
/// <c>/health/live</c>: the process answers. <c>/health/ready</c>: the database answers and migrations are applied
/// (else unhealthy), and the bus keeps up (else degraded: messages backing up, dead letters piling up, a loop silent).
/// </summary>
internal static class HealthChecks
{
    public static IServiceCollection AddOpsHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddCheck<DatabaseReadyCheck>("database", tags: ["ready"])
            .AddCheck<BusHealthCheck>("bus", tags: ["ready"]);
        return services;
    }

    public static void MapOpsHealthChecks(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") }).AllowAnonymous();
    }
}

internal sealed class DatabaseReadyCheck(NpgsqlDataSource database, MigrationState migrations) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!migrations.Applied) return HealthCheckResult.Unhealthy("Migrations are not applied yet.");
        try
        {
            await using var command = database.CreateCommand("SELECT 1");
            await command.ExecuteScalarAsync(cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (Exception ex) when (ex is NpgsqlException or TimeoutException)
        {
            return HealthCheckResult.Unhealthy("The database does not answer.", ex);
        }
    }
}

/// <summary>
/// Degraded when the oldest waiting message is older than <c>Bus:HealthMaxPendingAge</c>, more than
/// <c>Bus:HealthMaxNewDeadLetters</c> dead letters arrived in the last hour, or this node's relay or handler loop
/// has not finished a round for three poll intervals (at least 2 s, so a busy machine does not flap).
/// </summary>
internal sealed class BusHealthCheck(BusMonitor monitor, BusNode node, MigrationState migrations, IOptions<BusOptions> options) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!migrations.Applied) return HealthCheckResult.Healthy("Waiting for migrations.");
        var settings = options.Value;
        var problems = new List<string>();
        try
        {
            var (oldest, dead) = await monitor.BacklogAsync(cancellationToken);
            if (oldest > settings.HealthMaxPendingAge.TotalSeconds) problems.Add($"the oldest waiting message is {oldest:0} s old");
            if (dead > settings.HealthMaxNewDeadLetters) problems.Add($"{dead} dead letters in the last hour");
        }
        catch (Exception ex) when (ex is NpgsqlException or TimeoutException)
        {
            return HealthCheckResult.Degraded("The bus's tables do not answer.", ex);
        }
        if (node.IsEnabled)
        {
            var silentAfter = TimeSpan.FromTicks(Math.Max(settings.PollInterval.Ticks * 3, TimeSpan.FromSeconds(2).Ticks));
            if (node.SinceRelay > silentAfter) problems.Add($"the relay loop has been silent for {node.SinceRelay.TotalSeconds:0.#} s");
            if (node.SinceClaim > silentAfter && node.HasSubscribers) problems.Add($"the handler loop has been silent for {node.SinceClaim.TotalSeconds:0.#} s");
        }
        return problems.Count == 0 ? HealthCheckResult.Healthy() : HealthCheckResult.Degraded("Bus: " + string.Join("; ", problems) + ".");
    }
}
