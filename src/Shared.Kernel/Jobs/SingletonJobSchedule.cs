namespace OpsPlatform.Shared.Kernel.Jobs;

/// <summary>How often a singleton job runs (its registration).</summary>
public sealed record SingletonJobSchedule<TJob>(TimeSpan Interval) where TJob : ISingletonJob;
