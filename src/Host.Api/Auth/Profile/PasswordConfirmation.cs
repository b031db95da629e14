using FluentValidation;
using FluentValidation.Results;
using Microsoft.AspNetCore.Identity;
using OpsPlatform.Shared.Kernel.Http;

namespace OpsPlatform.Host.Api.Auth.Profile;

/// <summary>
/// A signed-in user proves it is them before a sensitive change. A wrong password counts toward the lockout exactly as
/// a failed sign-in does, so a stolen access token cannot be used to guess the password.
/// </summary>
internal static class PasswordConfirmation
{
    public static async Task ConfirmAsync(this UserManager<OpsUser> users, OpsUser user, string password, string field)
    {
        if (await users.IsLockedOutAsync(user)) throw Locked(user);
        if (await users.CheckPasswordAsync(user, password))
        {
            await users.ResetAccessFailedCountAsync(user);
            return;
        }
        await users.AccessFailedAsync(user);
        if (await users.IsLockedOutAsync(user)) throw Locked(user);
        throw new ValidationException([new ValidationFailure(field, "The password is not correct.")]);
    }

    private static RequestRejected Locked(OpsUser user) =>
        new(423, "password", $"Too many wrong passwords. The account is locked until {user.LockoutEnd:u}.");
}
