namespace OpsPlatform.Identity.Contracts;

/// <summary>How to address a user: e-mail address (null when the account has none), display name and current roles.</summary>
public sealed record UserContact(Guid Id, string? Email, string DisplayName, IReadOnlyList<string> Roles);
