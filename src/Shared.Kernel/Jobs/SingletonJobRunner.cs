using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;
using OpsPlatform.Shared.Kernel.Messaging;

namespace OpsPlatform.Shared.Kernel.Jobs;

/// <summary>
/// Each node checks every <see cref="BusOptions.JobPollInterval"/> (at most the job's interval) whether the job is due.
/// A run holds a transaction-scoped advisory lock (safe behind a transaction-mode pooler) for its whole duration, so
/// one node runs it at a time; <c>bus.singleton_jobs.last_run_at</c> (the run's start, by the database clock) keeps
/// runs at least one interval apart across nodes. When the holder dies, its transaction ends, the lock is free, and
/// the next node to check takes over once the interval has passed.
/// </summary>
public sealed class SingletonJobRunner<TJob>(
    NpgsqlDataSource database,
    IServiceScopeFactory scopes,
    SingletonJobSchedule<TJob> schedule,
    IOptions<BusOptions> options,
    ILogger<SingletonJobRunner<TJob>> logger) : BackgroundService
    where TJob : class, ISingletonJob
{
    private static readonly string Job = typeof(TJob).Name;
    private static readonly long LockKey = BitConverter.ToInt64(SHA256.HashData(Encoding.UTF8.GetBytes("ops-job:" + Job)));

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var check = TimeSpan.FromTicks(Math.Min(schedule.Interval.Ticks, options.Value.JobPollInterval.Ticks));
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await TryRunAsync(stoppingToken);
                await Task.Delay(check, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "Singleton job {Job} failed; it runs again when next due", Job);
                try { await Task.Delay(check, stoppingToken); }
                catch (OperationCanceledException) { return; }
            }
        }
    }

    private async Task TryRunAsync(CancellationToken ct)
    {
        await using var lockConnection = await database.OpenConnectionAsync(ct);
        await using var transaction = await lockConnection.BeginTransactionAsync(ct);
        if (!await ScalarAsync(lockConnection, transaction, "SELECT pg_try_advisory_xact_lock($1)", ct, LockKey)) return; // runs elsewhere

        // The start is stamped (and committed) before the job runs: a run that dies half-way still counts, so
        // runs stay one interval apart even across a failover.
        await using (var stamp = database.CreateConnection())
        {
            await stamp.OpenAsync(ct);
            await ScalarAsync(stamp, null, "INSERT INTO bus.singleton_jobs (job) VALUES ($1) ON CONFLICT (job) DO NOTHING RETURNING true", ct, Job);
            var due = await ScalarAsync(stamp, null, """
                UPDATE bus.singleton_jobs SET last_run_at = now(), last_node = $3, runs = runs + 1
                WHERE job = $1 AND (last_run_at IS NULL OR last_run_at <= now() - $2)
                RETURNING true
                """, ct, Job, schedule.Interval, $"{Environment.MachineName}-{Environment.ProcessId}");
            if (!due) return;
        }

        await using (var scope = scopes.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<TJob>().RunAsync(ct);
        await transaction.CommitAsync(ct);
    }

    private static async Task<bool> ScalarAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, CancellationToken ct, params object[] parameters)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        foreach (var parameter in parameters) command.Parameters.Add(new NpgsqlParameter { Value = parameter });
        return await command.ExecuteScalarAsync(ct) is true;
    }
}
