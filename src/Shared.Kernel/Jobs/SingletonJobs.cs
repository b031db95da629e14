using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace OpsPlatform.Shared.Kernel.Jobs;

public static class SingletonJobs
{
    /// <summary>Runs <typeparamref name="TJob"/> every <paramref name="interval"/> on one node of the cluster at a time.</summary>
    public static IServiceCollection AddSingletonJob<TJob>(this IServiceCollection services, TimeSpan interval)
        where TJob : class, ISingletonJob
    {
        if (interval <= TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(interval), "A job's interval must be positive.");
        services.TryAddScoped<TJob>();
        services.AddSingleton(new SingletonJobSchedule<TJob>(interval));
        services.AddHostedService<SingletonJobRunner<TJob>>();
        return services;
    }
}
