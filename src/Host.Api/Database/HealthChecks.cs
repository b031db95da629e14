using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Npgsql;
using OpsPlatform.Shared.Kernel.Bus;

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
/// Degraded when the oldest waiting message has waited longer than <c>Bus:HealthMaxPendingAge</c>, or more than
/// <c>Bus:HealthMaxNewDeadLetters</c> dead letters arrived in the last hour.
/// </summary>
internal sealed class BusHealthCheck(BusMonitor monitor, MigrationState migrations, IOptions<BusOptions> options) : IHealthCheck
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
        return problems.Count == 0 ? HealthCheckResult.Healthy() : HealthCheckResult.Degraded("Bus: " + string.Join("; ", problems) + ".");
    }
}
