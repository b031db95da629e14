namespace OpsPlatform.Host.Api.Auth.Users;

internal sealed record UserSummary(Guid Id, string? Email, string DisplayName, string[] Roles, bool LockedOut, DateTimeOffset CreatedAt);
