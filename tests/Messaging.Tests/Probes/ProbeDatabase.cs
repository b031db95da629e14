using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Wolverine.Runtime;
using OpsPlatform.Messaging.TestHost.Probe;

namespace OpsPlatform.Messaging.Tests.Probes;

/// <summary>
/// A database for probe hosts: the probe schema (its scripts, then its Marten store), and the <c>wolverine</c> schema, built here
/// through Wolverine's own storage admin before any host starts, so that hosts started together do not race to build
/// it. Not cloned from the API's template, which has the API's modules and not the probe's.
/// </summary>
public static class ProbeDatabase
{
    public static async Task<string> CreateAsync(string hint, string? connectionString = null)
    {
        connectionString ??= await PostgresCluster.CreateEmptyDatabaseAsync(hint);
        using var host = ProbeHost.Build([$"--ConnectionStrings:Ops={connectionString}"], environment: "Testing");
        await ProbeHost.MigrateAsync(host.Services);
        await host.Services.GetRequiredService<IWolverineRuntime>().Storage.Admin.MigrateAsync();
        return connectionString;
    }

    public static async Task<long> CountAsync(string connectionString, string sql, params object[] parameters)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var p in parameters) command.Parameters.Add(new NpgsqlParameter { Value = p });
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public static async Task<string> ScalarTextAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (await command.ExecuteScalarAsync())?.ToString() ?? "";
    }

    public static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Polls <paramref name="countSql"/> until it reaches <paramref name="atLeast"/>; fails with <paramref name="context"/>'s text.</summary>
    public static async Task WaitUntilAsync(string connectionString, string countSql, long atLeast, TimeSpan timeout, Func<string>? context = null)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        long last;
        while ((last = await TryCountAsync(connectionString, countSql)) < atLeast)
        {
            watch.Elapsed.ShouldBeLessThan(timeout, $"{last} of {atLeast} from: {countSql}\n{context?.Invoke()}");
            await Task.Delay(100);
        }
    }

    /// <summary>-1 while the database is unreachable (a pooled connection from before an outage fails once, then the pool heals).</summary>
    private static async Task<long> TryCountAsync(string connectionString, string sql)
    {
        try
        {
            return await CountAsync(connectionString, sql);
        }
        catch (Exception ex) when (ex is NpgsqlException or TimeoutException)
        {
            NpgsqlConnection.ClearAllPools();
            return -1;
        }
    }
}
