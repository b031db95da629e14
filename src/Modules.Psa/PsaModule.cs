using OpsPlatform.Identity.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using OpsPlatform.Modules.Psa.Persistence;
using OpsPlatform.Modules.Psa.Projects.KeepOwnerAccount;
using OpsPlatform.Shared.Kernel.Modules;

namespace OpsPlatform.Modules.Psa;

/// <summary>Professional services: projects, tasks, status updates, documents and their access log (schema <c>psa</c>).</summary>
public static class PsaModule
{
    public const string Schema = "psa";

    public static IServiceCollection AddPsaModule(this IServiceCollection services)
    {
        services.AddModuleStore<IPsaStore, PsaSession>(Schema, typeof(PsaModule).Assembly, PsaStoreSetup.Configure);
        services.AddCurrentUser();
        services.AddScoped<IDemoDataSeeder, PsaDemoData>();
        services.AddScoped<IAccountClosureCheck, OpenProjectsKeepOwnerAccount>();
        return services;
    }

    public static IEndpointRouteBuilder MapPsaModule(this IEndpointRouteBuilder app)
    {
        PsaEndpoints.Map(app.MapGroup("/api/psa").WithTags("PSA"));
        return app;
    }
}
