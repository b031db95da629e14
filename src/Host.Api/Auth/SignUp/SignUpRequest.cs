namespace OpsPlatform.Host.Api.Auth.SignUp;

internal sealed record SignUpRequest(string Email, string Password, string DisplayName);
