namespace OpsPlatform.Host.Api.Auth.Profile.UpdateProfile;

internal sealed record UpdateProfileRequest(string DisplayName);
