using Microsoft.AspNetCore.Identity;
using OpsPlatform.Identity.Contracts;
using OpsPlatform.Shared.Kernel.Domain;

namespace OpsPlatform.Host.Api.Auth.Me;

internal static class SignedInUser
{
    /// <summary>The caller's account; a session whose account was deleted meanwhile is a 404.</summary>
    public static async Task<OpsUser> FindSignedInAsync(this UserManager<OpsUser> users, ICurrentUser me) =>
        await users.FindByIdAsync(me.Id.ToString()) ?? throw new NotFoundException("User", me.Id);

    public static async Task<CurrentUserDetails> DetailsAsync(this UserManager<OpsUser> users, OpsUser user) =>
        new(user.Id, user.Email, user.DisplayName, (await users.GetRolesAsync(user)).Order().ToArray());
}
