using FluentValidation;
using Microsoft.AspNetCore.Identity;
using OpsPlatform.Host.Api.Auth.Me;
using OpsPlatform.Host.Api.Auth.Sessions;
using OpsPlatform.Identity.Contracts;
using OpsPlatform.Shared.Kernel.Http;

namespace OpsPlatform.Host.Api.Auth.Profile.UpdateProfile;

internal static class UpdateProfileEndpoint
{
    public static void MapUpdateProfile(this RouteGroupBuilder group) =>
        group.MapPatch("/me", async (UpdateProfileRequest request, IValidator<UpdateProfileRequest> validator, ICurrentUser me,
                UserManager<OpsUser> users, SessionStore sessions, CancellationToken ct) =>
            {
                await validator.ValidateAndThrowAsync(request, ct);
                var user = await users.FindSignedInAsync(me);
                user.DisplayName = request.DisplayName.Trim();
                (await users.UpdateAsync(user)).ThrowIfFailed();
                await sessions.ForgetCachedAsync(user.Id, ct); // every host reads the new name on the next request
                return TypedResults.Ok(await users.DetailsAsync(user));
            })
            .WithName("UpdateMyProfile")
            .WithSummary("Change the signed-in user's display name.")
            .RequireAuthorization(Policies.SignedIn)
            .ProducesWriteProblems();
}
