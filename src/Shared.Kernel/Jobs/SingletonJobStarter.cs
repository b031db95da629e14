using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using OpsPlatform.Shared.Kernel.Bus;
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
            var owner = (IScheduleOwner)scope.ServiceProvider.GetRequiredService(job.OwnerType);
            var message = new SingletonJobDue(job.Name);
            await owner.ScheduleUnlessPendingAsync(message.Key, message, clock.GetUtcNow(), cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
