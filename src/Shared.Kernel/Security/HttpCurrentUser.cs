using System.Security.Claims;
using Microsoft.AspNetCore.Http;

namespace OpsPlatform.Shared.Kernel.Security;

internal sealed class HttpCurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    private ClaimsPrincipal Principal => accessor.HttpContext?.User ?? new ClaimsPrincipal();

    public Guid Id => Guid.TryParse(Principal.FindFirstValue(ClaimTypes.NameIdentifier), out var id)
        ? id
        : throw new UnauthorizedAccessException("No signed-in user.");

    public bool IsInRole(string role) => Principal.IsInRole(role);
}
