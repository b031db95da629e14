namespace OpsPlatform.Host.Api.Auth.Profile.CloseAccount;

internal sealed record CloseAccountRequest(string Password);
