using FluentValidation;
using Microsoft.EntityFrameworkCore;
using OpsPlatform.Host.Api.Auth.Persistence;
using OpsPlatform.Shared.Kernel.Http;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Host.Api.Auth.Users;

internal static class ListUsersEndpoint
{
    public static void MapListUsers(this RouteGroupBuilder group) =>
        group.MapGet("/users", async ([AsParameters] ListUsersRequest request, IValidator<ListUsersRequest> validator, IdentityStore db, TimeProvider clock, CancellationToken ct) =>
            {
                await validator.ValidateAndThrowAsync(request, ct);
                var now = clock.GetUtcNow();
                var users = db.Users.AsNoTracking();
                if (request.Role is { } role)
                    users = users.Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == role)));
                if (!string.IsNullOrWhiteSpace(request.Search))
                {
                    var pattern = $"%{request.Search.Trim().Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_")}%";
                    users = users.Where(u => EF.Functions.ILike(u.Email!, pattern) || EF.Functions.ILike(u.DisplayName, pattern));
                }
                var page = await users.OrderBy(u => u.Email).ThenBy(u => u.Id)
                    .Select(u => new UserSummary(u.Id, u.Email, u.DisplayName,
                        db.UserRoles.Where(ur => ur.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!).ToArray(),
                        u.LockoutEnd != null && u.LockoutEnd > now, u.DeactivatedAt == null, u.CreatedAt))
                    .ToPagedAsync(request, async (q, c) => await q.ToListAsync(c), (q, c) => q.LongCountAsync(c), ct);
                return TypedResults.Ok(page);
            })
            .WithName("ListUsers")
            .WithSummary("Users with their roles (admins).")
            .RequireAuthorization(Policies.Admin)
            .ProducesReadProblems();
}
