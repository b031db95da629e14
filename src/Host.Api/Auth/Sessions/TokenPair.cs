namespace OpsPlatform.Host.Api.Auth.Sessions;

/// <summary>What login and refresh return. Send the access token as <c>Authorization: Bearer …</c>.</summary>
internal sealed record TokenPair(string AccessToken, string RefreshToken, int ExpiresIn, string TokenType = "Bearer");
