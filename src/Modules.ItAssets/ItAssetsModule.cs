using OpsPlatform.Identity.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using OpsPlatform.Modules.ItAssets.Licenses;
using OpsPlatform.Modules.ItAssets.Reminders;
using OpsPlatform.Modules.ItAssets.Persistence;
using OpsPlatform.Shared.Kernel.Modules;

namespace OpsPlatform.Modules.ItAssets;

/// <summary>IT assets: hardware lifecycle, software licenses and seats, assignments (schema <c>it_assets</c>).</summary>
public static class ItAssetsModule
{
    public const string Schema = "it_assets";

    public static IServiceCollection AddItAssetsModule(this IServiceCollection services)
    {
        services.AddModuleStore<IItAssetsStore, ItAssetsSession>(Schema, typeof(ItAssetsModule).Assembly, ItAssetsStoreSetup.Configure);
        services.AddCurrentUser();
        services.AddScoped<IDemoDataSeeder, ItAssetsDemoData>();
        services.AddSingleton<ProductKeyProtector>();
        services.AddSingleton<ExpiryReminders>();
        return services;
    }

    public static IEndpointRouteBuilder MapItAssetsModule(this IEndpointRouteBuilder app)
    {
        ItAssetsEndpoints.Map(app.MapGroup("/api/it-assets").WithTags("IT assets"));
        return app;
    }
}
