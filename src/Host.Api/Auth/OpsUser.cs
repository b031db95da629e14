using Microsoft.AspNetCore.Identity;

namespace OpsPlatform.Host.Api.Auth;

internal sealed class OpsUser : IdentityUser<Guid>
{
    public string DisplayName { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
}
