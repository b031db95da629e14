using Microsoft.Extensions.DependencyInjection;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Janitorial;

/// <summary>Role gates for janitorial endpoints; which rows a caller may touch is decided by site membership in the handlers.</summary>
internal static class JanitorialPolicies
{
    /// <summary>Managers and technicians: schedule status, stock consumption.</summary>
    public const string Crew = "janitorial-crew";

    /// <summary>Managers, technicians and inspectors: recording inspections.</summary>
    public const string SiteStaff = "janitorial-site-staff";

    /// <summary>Managers and inspectors: editing inspections.</summary>
    public const string Inspectors = "janitorial-inspectors";

    public static IServiceCollection AddJanitorialPolicies(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder()
            .AddPolicy(Crew, p => p.RequireRole(Roles.Admin, Roles.Manager, Roles.Technician))
            .AddPolicy(SiteStaff, p => p.RequireRole(Roles.Admin, Roles.Manager, Roles.Technician, Roles.Inspector))
            .AddPolicy(Inspectors, p => p.RequireRole(Roles.Admin, Roles.Manager, Roles.Inspector));
        return services;
    }
}
