namespace OpsPlatform.Host.Api.Auth.Users;

/// <summary>An account an admin opens for someone, with its first password and roles.</summary>
internal sealed record CreateUserRequest(string Email, string DisplayName, string Password, string[] Roles);
