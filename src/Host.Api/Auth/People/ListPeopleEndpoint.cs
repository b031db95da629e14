using FluentValidation;
using Microsoft.EntityFrameworkCore;
using OpsPlatform.Host.Api.Auth.Persistence;
using OpsPlatform.Identity.Contracts;
using OpsPlatform.Shared.Kernel.Http;

namespace OpsPlatform.Host.Api.Auth.People;

/// <summary>
/// The people picker of managers and admins (whoever hands out hardware, seats and work): active accounts by name or
/// e-mail, without roles or lock-out state, which stay in the admins' user list.
/// </summary>
internal static class ListPeopleEndpoint
{
    public static void MapListPeople(this RouteGroupBuilder group) =>
        group.MapGet("/people", async ([AsParameters] ListPeopleRequest request, IValidator<ListPeopleRequest> validator, IdentityStore db, CancellationToken ct) =>
            {
                await validator.ValidateAndThrowAsync(request, ct);
                var people = db.Users.AsNoTracking().Where(u => u.DeactivatedAt == null);
                if (!string.IsNullOrWhiteSpace(request.Search))
                {
                    var pattern = $"%{request.Search.Trim().Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_")}%";
                    people = people.Where(u => EF.Functions.ILike(u.Email!, pattern) || EF.Functions.ILike(u.DisplayName, pattern));
                }
                var page = await people.OrderBy(u => u.DisplayName).ThenBy(u => u.Id)
                    .Select(u => new PersonSummary(u.Id, u.DisplayName, u.Email))
                    .ToPagedAsync(request, async (q, c) => await q.ToListAsync(c), (q, c) => q.LongCountAsync(c), ct);
                return TypedResults.Ok(page);
            })
            .WithName("ListPeople")
            .WithSummary("Active people by name or e-mail, to pick whom to hand something to (managers and admins).")
            .RequireAuthorization(Policies.Manager)
            .ProducesReadProblems();
}
