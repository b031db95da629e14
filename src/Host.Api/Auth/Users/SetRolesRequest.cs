namespace OpsPlatform.Host.Api.Auth.Users;

internal sealed record SetRolesRequest(string[] Roles);
