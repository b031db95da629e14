namespace OpsPlatform.Host.Api.Auth.Refresh;

internal sealed record RefreshRequest(string RefreshToken);
