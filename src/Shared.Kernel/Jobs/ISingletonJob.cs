namespace OpsPlatform.Shared.Kernel.Jobs;

/// <summary>
/// A recurring job that runs on at most one node at a time, cluster-wide (purges, metrics, recurring seeding).
/// Register with <c>services.AddSingletonJob&lt;TJob&gt;(interval)</c>; it is resolved in a fresh scope for each run.
/// </summary>
public interface ISingletonJob
{
    Task RunAsync(CancellationToken cancellationToken);
}
