using OpsPlatform.Modules.ItAssets;
using OpsPlatform.Modules.Janitorial;
using OpsPlatform.Modules.Maintenance;
using OpsPlatform.Modules.Notifications;
using OpsPlatform.Modules.Psa;

namespace OpsPlatform.Host.Api;

/// <summary>The explicit list of modules this host runs. Adding a module = one line in each method.</summary>
internal static class ModulesRegistry
{
    public static IServiceCollection AddModules(this IServiceCollection services) => services
        .AddMaintenanceModule()
        .AddItAssetsModule()
        .AddPsaModule()
        .AddJanitorialModule()
        .AddNotificationsModule();

    public static IEndpointRouteBuilder MapModules(this IEndpointRouteBuilder app) => app
        .MapMaintenanceModule()
        .MapItAssetsModule()
        .MapPsaModule()
        .MapJanitorialModule()
        .MapNotificationsModule();
}
