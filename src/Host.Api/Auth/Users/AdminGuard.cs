using Microsoft.AspNetCore.Identity;
using OpsPlatform.Identity.Contracts;
using OpsPlatform.Shared.Kernel.Domain;

namespace OpsPlatform.Host.Api.Auth.Users;

/// <summary>Someone must always be able to administer the platform: one active admin stays.</summary>
internal static class AdminGuard
{
    /// <summary>Refuses (422 on <paramref name="field"/>) when <paramref name="user"/> is the only active admin.</summary>
    public static async Task EnsureAnotherActiveAdminAsync(this UserManager<OpsUser> users, OpsUser user, string field, string message)
    {
        if (!await users.IsInRoleAsync(user, Roles.Admin)) return;
        var admins = await users.GetUsersInRoleAsync(Roles.Admin);
        if (!admins.Any(a => a.Id != user.Id && a.DeactivatedAt is null))
            throw new DomainRuleViolation(message, field);
    }

    public static async Task<UserSummary> SummaryAsync(this UserManager<OpsUser> users, OpsUser user, DateTimeOffset now) =>
        new(user.Id, user.Email, user.DisplayName, (await users.GetRolesAsync(user)).Order().ToArray(),
            user.LockoutEnd is { } end && end > now, user.DeactivatedAt is null, user.CreatedAt);
}
