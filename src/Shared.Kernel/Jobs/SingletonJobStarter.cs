using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Npgsql;
using OpsPlatform.Shared.Kernel.Messaging;
using OpsPlatform.Shared.Kernel.Persistence;

namespace OpsPlatform.Shared.Kernel.Jobs;

/// <summary>
/// At start-up, gives every job without a pending occurrence one, due now. Hosts starting together take the job's
/// key row lock in turn, so the second finds the first's occurrence and adds none.
/// </summary>
internal sealed class SingletonJobStarter(IServiceScopeFactory scopes, IEnumerable<SingletonJobRegistration> jobs, IOptions<BusOptions> options, TimeProvider clock)
    : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.Enabled) return;
        foreach (var job in jobs)
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = (ModuleDbContext)scope.ServiceProvider.GetRequiredService(job.ContextType);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var message = new SingletonJobDue(job.Name);
            if (!await db.LockScheduledKeyAndCheckPendingAsync(message.Key, cancellationToken))
            {
                db.Schedule(message, clock.GetUtcNow(), message.Key);
                await db.SaveChangesAsync(cancellationToken);
            }
            await transaction.CommitAsync(cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
