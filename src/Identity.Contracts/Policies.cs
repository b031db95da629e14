using Microsoft.AspNetCore.Authorization;

namespace OpsPlatform.Identity.Contracts;

/// <summary>Authorization policies every module may name. Modules add their own on top.</summary>
public static class Policies
{
    public const string SignedIn = "signed-in";
    public const string Manager = "manager";
    public const string Admin = "admin";

    public static AuthorizationOptions AddPlatformPolicies(this AuthorizationOptions options)
    {
        options.AddPolicy(SignedIn, p => p.RequireAuthenticatedUser());
        options.AddPolicy(Manager, p => p.RequireRole(Roles.Admin, Roles.Manager));
        options.AddPolicy(Admin, p => p.RequireRole(Roles.Admin));
        return options;
    }
}
