namespace OpsPlatform.Shared.Kernel.Jobs;

/// <summary>
/// A recurring job that runs on one node at a time, cluster-wide (purges, missed-cleaning sweeps). Register with
/// <c>services.AddSingletonJob&lt;TJob, TModuleUnitOfWork&gt;(interval)</c>; it is resolved in a fresh scope for each run.
/// A run can be repeated after a crash, so a job must be safe to run twice.
/// </summary>
public interface ISingletonJob
{
    Task RunAsync(CancellationToken cancellationToken);
}
