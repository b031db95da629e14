using Microsoft.Extensions.DependencyInjection;
using OpsPlatform.Shared.Kernel.Modules;

namespace OpsPlatform.Messaging.Tests.Echo;

/// <summary>A second test module (schema <c>probe_echo</c>) subscribing to the probe's pings from another schema.</summary>
public static class EchoModule
{
    public const string Schema = "probe_echo";

    public static IServiceCollection AddEchoModule(this IServiceCollection services) =>
        services.AddModule<EchoDbContext>(Schema, typeof(EchoModule).Assembly);
}
