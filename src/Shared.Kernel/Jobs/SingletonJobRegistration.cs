namespace OpsPlatform.Shared.Kernel.Jobs;

/// <summary>A job, the module unit of work (an <see cref="OpsPlatform.Shared.Kernel.Persistence.IScheduleOwner"/>) whose schema keeps its pending occurrence, and how often it runs.</summary>
public sealed record SingletonJobRegistration(string Name, Type JobType, Type OwnerType, Func<IServiceProvider, TimeSpan> Interval);
