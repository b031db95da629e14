namespace OpsPlatform.Admin.Modules.Administration.Api;

/// <summary>A user as <c>GET /api/auth/users</c> lists them. <see cref="LockedOut"/>: too many failed sign-ins, for a while; <see cref="Active"/> false: deactivated by an admin.</summary>
public sealed record UserAccount(Guid Id, string? Email, string DisplayName, string[] Roles, bool LockedOut, bool Active, DateTimeOffset CreatedAt);

/// <summary>The body of opening an account.</summary>
public sealed record NewAccount(string? Email, string? DisplayName, string? Password, string[] Roles);
