namespace OpsPlatform.Host.Api.Auth.Profile.ChangeEmail;

internal sealed record ChangeEmailRequest(string Email, string Password);
