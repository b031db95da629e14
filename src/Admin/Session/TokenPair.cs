namespace OpsPlatform.Admin.Session;

/// <summary>What <c>POST /api/auth/login</c> and <c>/refresh</c> answer.</summary>
public sealed record TokenPair(string AccessToken, string RefreshToken, int ExpiresIn);
