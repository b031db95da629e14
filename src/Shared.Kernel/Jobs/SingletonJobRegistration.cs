namespace OpsPlatform.Shared.Kernel.Jobs;

/// <summary>A job, the module context whose schema keeps its pending occurrence, and how often it runs.</summary>
public sealed record SingletonJobRegistration(string Name, Type JobType, Type ContextType, Func<IServiceProvider, TimeSpan> Interval);
