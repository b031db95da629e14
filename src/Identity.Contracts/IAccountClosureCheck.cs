namespace OpsPlatform.Identity.Contracts;

/// <summary>
/// A module's reason to keep an account open, asked before a user deletes their own account (e.g. PSA: "you own 2
/// active projects; hand them over or close them first"). Null when the module has none.
/// </summary>
public interface IAccountClosureCheck
{
    Task<string?> ReasonToKeepAsync(Guid userId, CancellationToken cancellationToken);
}
