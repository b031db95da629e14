namespace OpsPlatform.Host.Api.Auth.Profile.ChangePassword;

internal sealed record ChangePasswordRequest(string CurrentPassword, string NewPassword);
