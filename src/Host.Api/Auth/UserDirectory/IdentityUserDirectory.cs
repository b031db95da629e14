using Microsoft.EntityFrameworkCore;
using OpsPlatform.Host.Api.Auth.Persistence;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Host.Api.Auth.UserDirectory;

/// <summary><see cref="IUserDirectory"/> over the identity store (users and their roles), read without tracking.</summary>
internal sealed class IdentityUserDirectory(IdentityStore db) : IUserDirectory
{
    public async Task<IReadOnlyList<Guid>> UsersInRolesAsync(IReadOnlyCollection<string> roles, CancellationToken cancellationToken)
    {
        return await db.Users.AsNoTracking()
            .Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && roles.Contains(r.Name!))))
            .OrderBy(u => u.Id)
            .Select(u => u.Id)
            .ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<UserContact>> ContactsAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken) =>
        await db.Users.AsNoTracking()
            .Where(u => ids.Contains(u.Id))
            .Select(u => new UserContact(u.Id, u.Email, u.DisplayName,
                db.UserRoles.Where(ur => ur.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!).ToList()))
            .ToListAsync(cancellationToken);
}
