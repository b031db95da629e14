using Microsoft.AspNetCore.Authorization;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Modules.Maintenance;

/// <summary>The policies this module adds to the platform's (signed-in, manager, admin).</summary>
internal static class MaintenancePermissions
{
    /// <summary>Work on work orders (status changes, logs): technicians on their own rows, managers on any.</summary>
    public const string Technician = "maintenance.technician";

    public static void AddMaintenancePolicies(this AuthorizationOptions options) =>
        options.AddPolicy(Technician, p => p.RequireRole(Roles.Admin, Roles.Manager, Roles.Technician));
}
