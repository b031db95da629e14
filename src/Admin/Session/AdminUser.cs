namespace OpsPlatform.Admin.Session;

/// <summary>The signed-in user as <c>GET /api/auth/me</c> describes them.</summary>
public sealed record AdminUser(Guid Id, string? Email, string DisplayName, string[] Roles)
{
    public bool IsIn(string role) => Roles.Contains(role, StringComparer.Ordinal);

    /// <summary>Admins and managers: the API shows them every module's rows.</summary>
    public bool IsManager => IsIn("admin") || IsIn("manager");

    public bool IsInAny(IEnumerable<string> roles) => roles.Any(IsIn);
}
