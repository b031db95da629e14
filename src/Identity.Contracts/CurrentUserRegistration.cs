using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace OpsPlatform.Identity.Contracts;

public static class CurrentUserRegistration
{
    /// <summary><see cref="ICurrentUser"/> from the request's claims (idempotent).</summary>
    public static IServiceCollection AddCurrentUser(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.TryAddScoped<ICurrentUser, HttpCurrentUser>();
        return services;
    }

    private sealed class HttpCurrentUser(IHttpContextAccessor accessor) : ICurrentUser
    {
        private ClaimsPrincipal Principal => accessor.HttpContext?.User ?? new ClaimsPrincipal();

        public Guid Id => Guid.TryParse(Principal.FindFirstValue(ClaimTypes.NameIdentifier), out var id)
            ? id
            : throw new UnauthorizedAccessException("No signed-in user.");

        public bool IsInRole(string role) => Principal.IsInRole(role);
    }
}
