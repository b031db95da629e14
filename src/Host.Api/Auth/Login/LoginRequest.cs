namespace OpsPlatform.Host.Api.Auth.Login;

internal sealed record LoginRequest(string Email, string Password);
