using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using OpsPlatform.Shared.Kernel.Persistence;
using Wolverine;

namespace OpsPlatform.Shared.Kernel.Jobs;

/// <summary>
/// Handles a job's occurrence. An occurrence that a later schedule replaced (a start-up check's, or one recovered from a
/// dead node after its successor was scheduled) is stale and ends there. A current one first commits the next
/// occurrence, so a failing, crashing or skipped run never ends the chain. Then it runs the job, one run at a time
/// across the cluster: a session advisory lock per job (held outside any transaction, so a long run pins no snapshot);
/// while another run holds it, this occurrence only passes the chain on.
/// </summary>
public sealed class SingletonJobHandler : IWolverineHandler
{
    public static async Task Handle(SingletonJobDue message, Envelope envelope, IServiceScopeFactory scopes, HeldConnections held,
        IEnumerable<SingletonJobRegistration> jobs, TimeProvider clock, CancellationToken cancellationToken)
    {
        var job = jobs.SingleOrDefault(j => j.Name == message.Job);
        if (job is null) return; // a job that no longer exists: its chain ends here

        await using (var scope = scopes.CreateAsyncScope())
        {
            var owner = (IScheduleOwner)scope.ServiceProvider.GetRequiredService(job.OwnerType);
            var next = clock.GetUtcNow() + job.Interval(scope.ServiceProvider);
            if (!await owner.ScheduleNextIfCurrentAsync(message.Key, envelope.Id, message, next, cancellationToken)) return; // stale
        }

        await using var lockConnection = await held.OpenAsync(cancellationToken);
        var lockKey = BitConverter.ToInt64(SHA256.HashData(Encoding.UTF8.GetBytes("ops-job:" + job.Name)));
        if (!await AdvisoryAsync(lockConnection, "SELECT pg_try_advisory_lock($1)", lockKey)) return; // a run is still going
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await ((ISingletonJob)scope.ServiceProvider.GetRequiredService(job.JobType)).RunAsync(cancellationToken);
        }
        finally
        {
            await AdvisoryAsync(lockConnection, "SELECT pg_advisory_unlock($1)", lockKey);
        }
    }

    private static async Task<bool> AdvisoryAsync(NpgsqlConnection connection, string sql, long key)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.Add(new NpgsqlParameter { Value = key });
        return await command.ExecuteScalarAsync(CancellationToken.None) is true;
    }
}
