using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Host.Api.Development;

/// <summary>One demo login per role, created on a development host's first start.</summary>
internal static class DemoAccounts
{
    public const string Password = "Demo-Passw0rd!";

    public static readonly IReadOnlyList<(string Role, string Email, string Name)> All =
    [
        (Roles.Admin, "admin@ops.local", "Ada Admin"),
        (Roles.Manager, "manager@ops.local", "Max Manager"),
        (Roles.Technician, "technician@ops.local", "Tess Technician"),
        (Roles.Inspector, "inspector@ops.local", "Ian Inspector"),
        (Roles.Client, "client@ops.local", "Cleo Client"),
        (Roles.Member, "member@ops.local", "Mo Member"),
    ];
}
