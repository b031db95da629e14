namespace OpsPlatform.Host.Api.Auth.Me;

internal sealed record CurrentUserDetails(Guid Id, string? Email, string DisplayName, string[] Roles);
