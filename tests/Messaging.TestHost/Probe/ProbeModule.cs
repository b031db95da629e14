using Microsoft.Extensions.DependencyInjection;
using OpsPlatform.Shared.Kernel.Modules;

namespace OpsPlatform.Messaging.TestHost.Probe;

/// <summary>A module for bus tests only (schema <c>probe</c>): a publisher and a subscriber like any other.</summary>
public static class ProbeModule
{
    public const string Schema = "probe";

    public static IServiceCollection AddProbeModule(this IServiceCollection services) =>
        services.AddModuleStore<IProbeStore, ProbeSession>(Schema, typeof(ProbeModule).Assembly, _ => { });
}
