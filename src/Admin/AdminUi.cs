using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;
using OpsPlatform.Admin.Api;
using OpsPlatform.Admin.Live;
using OpsPlatform.Admin.Modules.Administration;
using OpsPlatform.Admin.Modules.Administration.Api;
using OpsPlatform.Admin.Modules.Janitorial;
using OpsPlatform.Admin.Modules.Janitorial.Api;
using OpsPlatform.Admin.Modules.ItAssets;
using OpsPlatform.Admin.Modules.ItAssets.Api;
using OpsPlatform.Admin.Modules.Maintenance;
using OpsPlatform.Admin.Modules.Maintenance.Api;
using OpsPlatform.Admin.Modules.Psa;
using OpsPlatform.Admin.Modules.Psa.Api;
using OpsPlatform.Admin.Navigation;
using OpsPlatform.Admin.Session;

namespace OpsPlatform.Admin;

/// <summary>
/// The admin UI at <c>/admin</c>: Blazor with interactive server rendering. Scoped services live as long as one tab's
/// circuit (its sign-in, its live subscription). Each module's pages and API client register in their own line.
/// </summary>
public static class AdminUi
{
    public static IServiceCollection AddAdminUi(this IServiceCollection services)
    {
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddMudServices();
        services.AddHttpClient(ApiClient.HttpClientName);
        services.AddSingleton<ApiAddress>();
        services.AddSingleton<AdminNav>();
        services.AddScoped<AdminSession>();
        services.AddScoped<ApiClient>();
        services.AddScoped<PeopleClient>();
        services.AddScoped<Authenticator>();
        services.AddScoped<LiveUpdates>();
        services.AddScoped<UserClock>();

        services.AddAdminNav(MaintenanceNav.Group).AddScoped<MaintenanceClient>();
        services.AddAdminNav(JanitorialNav.Group).AddScoped<JanitorialClient>();
        services.AddAdminNav(ItAssetsNav.Group).AddScoped<ItAssetsClient>();
        services.AddAdminNav(PsaNav.Group).AddScoped<PsaClient>();
        services.AddAdminNav(AdministrationNav.Group).AddScoped<AdministrationClient>();
        return services;
    }

    /// <summary>The pages, the circuit hub and the static assets (MudBlazor's, the framework's, ours) are anonymous: sign-in happens inside the circuit, against the API.</summary>
    public static void MapAdminUi(this WebApplication app)
    {
        // In a group, so the convention also reaches the fallback endpoint MapStaticAssets adds for build-time runs.
        app.MapGroup("").AllowAnonymous().MapStaticAssets();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode().AllowAnonymous();
    }
}
