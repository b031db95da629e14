using Wolverine.Attributes;

namespace OpsPlatform.Shared.Kernel.Jobs;

/// <summary>A job's occurrence fell due: a durable scheduled message, one pending per job (its business key is <see cref="Key"/>).</summary>
[MessageIdentity("ops.singleton-job-due")]
public sealed record SingletonJobDue(string Job)
{
    public string Key => KeyOf(Job);

    public static string KeyOf(string job) => "job:" + job;
}
