namespace OpsPlatform.Admin.Session;

/// <summary>
/// The sign-in of one browser tab's circuit: the bearer tokens the API issued and who they belong to. Held only in
/// this circuit (and, encrypted, in the tab's session storage), so two tabs or two users never share it.
/// </summary>
public sealed class AdminSession
{
    public string? AccessToken { get; private set; }
    public string? RefreshToken { get; private set; }
    public AdminUser? User { get; private set; }
    public bool Restored { get; set; }

    public bool IsSignedIn => AccessToken is not null && User is not null;

    /// <summary>Raised when the user signs in, signs out, or the API stops accepting the token.</summary>
    public event Action? Changed;

    public void SignedIn(string accessToken, string refreshToken, AdminUser user)
    {
        AccessToken = accessToken;
        RefreshToken = refreshToken;
        User = user;
        Changed?.Invoke();
    }

    public void Tokens(string accessToken, string refreshToken)
    {
        AccessToken = accessToken;
        RefreshToken = refreshToken;
    }

    public void Ended()
    {
        var was = IsSignedIn;
        AccessToken = RefreshToken = null;
        User = null;
        if (was) Changed?.Invoke();
    }
}
