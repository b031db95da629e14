namespace OpsPlatform.Identity.Contracts;

/// <summary>
/// Read-only look-ups of people for modules that address them (notifications): who holds a role, and how to reach a
/// user. Implemented by the host over the identity store; modules never read the <c>identity</c> schema themselves.
/// </summary>
public interface IUserDirectory
{
    /// <summary>Ids of the users holding any of <paramref name="roles"/>.</summary>
    Task<IReadOnlyList<Guid>> UsersInRolesAsync(IReadOnlyCollection<string> roles, CancellationToken cancellationToken);

    /// <summary>The users among <paramref name="ids"/> that exist, with their e-mail address, name and roles.</summary>
    Task<IReadOnlyList<UserContact>> ContactsAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken);
}
