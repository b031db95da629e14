namespace OpsPlatform.Host.Api.Auth.Users;

/// <summary><see cref="LockedOut"/>: too many failed sign-ins, for a while; <see cref="Active"/> false: deactivated by an admin.</summary>
internal sealed record UserSummary(Guid Id, string? Email, string DisplayName, string[] Roles, bool LockedOut, bool Active, DateTimeOffset CreatedAt);
