using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OpsPlatform.Shared.Kernel.Persistence;

namespace OpsPlatform.Shared.Kernel.Jobs;

/// <summary>
/// Recurring jobs on Wolverine's durable scheduled messages (ADR 0010): each job is one <see cref="SingletonJobDue"/>
/// chain. Its handler first schedules the next occurrence (replacing any other pending one by business key), then runs
/// the job; one node handles each occurrence, a dead node's occurrence is recovered by another, and a start-up check
/// restarts a chain that was lost (its occurrence dead-lettered).
/// </summary>
public static class SingletonJobs
{
    /// <summary>Runs <typeparamref name="TJob"/> every <paramref name="interval"/> on one node of the cluster at a time.</summary>
    public static IServiceCollection AddSingletonJob<TJob, TOwner>(this IServiceCollection services, TimeSpan interval)
        where TJob : class, ISingletonJob where TOwner : class, IScheduleOwner
    {
        if (interval <= TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(interval), "A job's interval must be positive.");
        return services.AddSingletonJob<TJob, TOwner>(_ => interval);
    }

    /// <summary>Like the other overload, with the interval read from services when the job is scheduled (e.g. from options).</summary>
    public static IServiceCollection AddSingletonJob<TJob, TOwner>(this IServiceCollection services, Func<IServiceProvider, TimeSpan> interval)
        where TJob : class, ISingletonJob where TOwner : class, IScheduleOwner
    {
        services.TryAddScoped<TJob>();
        services.AddSingleton(new SingletonJobRegistration(JobName(typeof(TJob)), typeof(TJob), typeof(TOwner), interval));
        return services;
    }

    internal static IServiceCollection AddSingletonJobs(this IServiceCollection services)
    {
        services.AddHostedService<SingletonJobStarter>();
        return services;
    }

    private static string JobName(Type job) => job.IsGenericType
        ? $"{job.Name[..job.Name.IndexOf('`')]}.{string.Join(".", job.GetGenericArguments().Select(a => a.Name))}"
        : job.Name;
}
