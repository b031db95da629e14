using Microsoft.AspNetCore.Identity;

namespace OpsPlatform.Host.Api.Auth;

internal sealed class OpsUser : IdentityUser<Guid>
{
    public string DisplayName { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Set by an admin: the account keeps its history but cannot sign in, and its sessions end.</summary>
    public DateTimeOffset? DeactivatedAt { get; set; }

    /// <summary>A new account signed in by its e-mail address (also its user name).</summary>
    public static OpsUser Open(string email, string displayName, DateTimeOffset now) =>
        new() { UserName = email.Trim(), Email = email.Trim(), DisplayName = displayName.Trim(), CreatedAt = now };
}
