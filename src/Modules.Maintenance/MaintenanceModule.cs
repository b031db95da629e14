using OpsPlatform.Identity.Contracts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using OpsPlatform.Modules.Maintenance.Persistence;
using OpsPlatform.Modules.Maintenance.WorkOrders.Evidence.SweepOrphanEvidence;
using OpsPlatform.Shared.Kernel.Jobs;
using OpsPlatform.Shared.Kernel.Modules;

namespace OpsPlatform.Modules.Maintenance;

/// <summary>Maintenance: equipment, work orders, technicians, schedules, preventive plans and logs (schema <c>maintenance</c>).</summary>
public static class MaintenanceModule
{
    public const string Schema = "maintenance";

    public static IServiceCollection AddMaintenanceModule(this IServiceCollection services)
    {
        services.AddModuleStore<IMaintenanceStore, MaintenanceSession>(Schema, typeof(MaintenanceModule).Assembly, MaintenanceStoreSetup.Configure);
        services.AddCurrentUser();
        services.AddSingletonJob<SweepOrphanEvidenceJob, MaintenanceSession>(SweepOrphanEvidenceJob.Interval);
        services.AddScoped<IDemoDataSeeder, MaintenanceDemoData>();
        services.Configure<AuthorizationOptions>(options => options.AddMaintenancePolicies());
        return services;
    }

    public static IEndpointRouteBuilder MapMaintenanceModule(this IEndpointRouteBuilder app)
    {
        MaintenanceEndpoints.Map(app.MapGroup("/api/maintenance").WithTags("Maintenance"));
        return app;
    }
}
