namespace OpsPlatform.Identity.Contracts;

/// <summary>Who is making the request. Handlers use it for row-level rules (e.g. "technicians see their own").</summary>
public interface ICurrentUser
{
    Guid Id { get; }
    bool IsInRole(string role);

    /// <summary>Admin or manager: sees and changes everything in a module.</summary>
    bool IsManager => IsInRole(Roles.Admin) || IsInRole(Roles.Manager);
}
