using OpsPlatform.Identity.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using OpsPlatform.Modules.Janitorial.Inspections.Photos.SweepOrphanPhotos;
using OpsPlatform.Modules.Janitorial.Persistence;
using OpsPlatform.Modules.Janitorial.Schedules.MarkMissedOccurrences;
using OpsPlatform.Shared.Kernel.Jobs;
using OpsPlatform.Shared.Kernel.Modules;

namespace OpsPlatform.Modules.Janitorial;

/// <summary>Janitorial operations: client sites, cleaning schedules, supply inventory, inspections (schema <c>janitorial</c>).</summary>
public static class JanitorialModule
{
    public const string Schema = "janitorial";

    public static IServiceCollection AddJanitorialModule(this IServiceCollection services)
    {
        services.AddModuleStore<IJanitorialStore, JanitorialSession>(Schema, typeof(JanitorialModule).Assembly, JanitorialStoreSetup.Configure);
        services.AddCurrentUser();
        services.AddJanitorialPolicies();
        services.AddSingletonJob<MarkMissedOccurrencesJob, JanitorialSession>(MarkMissedOccurrencesJob.Interval);
        services.AddSingletonJob<SweepOrphanPhotosJob, JanitorialSession>(SweepOrphanPhotosJob.Interval);
        services.AddScoped<IDemoDataSeeder, JanitorialDemoData>();
        return services;
    }

    public static IEndpointRouteBuilder MapJanitorialModule(this IEndpointRouteBuilder app)
    {
        JanitorialEndpoints.Map(app.MapGroup("/api/janitorial").WithTags("Janitorial"));
        return app;
    }
}
