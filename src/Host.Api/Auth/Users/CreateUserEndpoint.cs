using FluentValidation;
using Microsoft.AspNetCore.Identity;
using OpsPlatform.Shared.Kernel.Http;
using OpsPlatform.Identity.Contracts;

namespace OpsPlatform.Host.Api.Auth.Users;

internal static class CreateUserEndpoint
{
    public static void MapCreateUser(this RouteGroupBuilder group) =>
        group.MapPost("/users", async (CreateUserRequest request, IValidator<CreateUserRequest> validator, UserManager<OpsUser> users, TimeProvider clock) =>
            {
                await validator.ValidateAndThrowAsync(request);
                var now = clock.GetUtcNow();
                var user = OpsUser.Open(request.Email, request.DisplayName, now);
                (await users.CreateAsync(user, request.Password)).ThrowIfFailed();
                (await users.AddToRolesAsync(user, request.Roles.Distinct())).ThrowIfFailed();
                return TypedResults.Created($"/api/auth/users/{user.Id}", await users.SummaryAsync(user, now));
            })
            .WithName("CreateUser")
            .WithSummary("Open an account for someone with a first password and roles (admins).")
            .RequireAuthorization(Policies.Admin)
            .ProducesWriteProblems();
}
