using Microsoft.Extensions.DependencyInjection;
using OpsPlatform.Shared.Kernel.Persistence;
using Wolverine;

namespace OpsPlatform.Shared.Kernel.Jobs;

/// <summary>Handles a job's occurrence: schedules the next one (committed first, so a failing run never ends the chain), then runs the job.</summary>
public sealed class SingletonJobHandler : IWolverineHandler
{
    public static async Task Handle(SingletonJobDue message, IServiceScopeFactory scopes, IEnumerable<SingletonJobRegistration> jobs, TimeProvider clock, CancellationToken cancellationToken)
    {
        var job = jobs.SingleOrDefault(j => j.Name == message.Job);
        if (job is null) return; // a job that no longer exists: its chain ends here

        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = (ModuleDbContext)scope.ServiceProvider.GetRequiredService(job.ContextType);
            db.Schedule(message, clock.GetUtcNow() + job.Interval(scope.ServiceProvider), message.Key);
            await db.SaveChangesAsync(cancellationToken);
        }
        await using (var scope = scopes.CreateAsyncScope())
            await ((ISingletonJob)scope.ServiceProvider.GetRequiredService(job.JobType)).RunAsync(cancellationToken);
    }
}
