using System.Security.Claims;

namespace OpsPlatform.Host.Api.Auth.Sessions;

/// <summary>A signed-in session as the authentication handler sees it (cached briefly per node).</summary>
internal sealed record ActiveSession(Guid SessionId, Guid UserId, string Email, string DisplayName, string[] Roles, DateTimeOffset ExpiresAt)
{
    public const string SessionIdClaim = "sid";

    public ClaimsPrincipal ToPrincipal(string scheme)
    {
        var claims = new List<Claim>(Roles.Length + 4)
        {
            new(ClaimTypes.NameIdentifier, UserId.ToString()),
            new(ClaimTypes.Email, Email),
            new(ClaimTypes.Name, DisplayName),
            new(SessionIdClaim, SessionId.ToString()),
        };
        claims.AddRange(Roles.Select(r => new Claim(ClaimTypes.Role, r)));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme, ClaimTypes.Name, ClaimTypes.Role));
    }
}
