using System.Security.Cryptography;
using Microsoft.AspNetCore.Components.Server.ProtectedBrowserStorage;
using OpsPlatform.Admin.Api;
using OpsPlatform.Admin.Live;

namespace OpsPlatform.Admin.Session;

/// <summary>
/// Signs the circuit in and out through the API's own endpoints (<c>/api/auth/login</c>, <c>/me</c>, <c>/logout</c>):
/// the UI has no login logic of its own. The tokens are kept, encrypted by Data Protection, in the tab's session
/// storage, so a reload keeps the sign-in and closing the tab ends it.
/// </summary>
public sealed class Authenticator(ApiClient api, AdminSession session, ProtectedSessionStorage storage, LiveUpdates live)
{
    private const string StorageKey = "ops.admin.session";

    public async Task SignInAsync(string email, string password, CancellationToken ct = default)
    {
        session.Ended();
        var tokens = await api.PostAnonymousAsync<TokenPair>("/api/auth/login", new { email, password }, ct);
        session.Tokens(tokens.AccessToken, tokens.RefreshToken);
        var user = await api.GetAsync<AdminUser>("/api/auth/me", ct);
        await storage.SetAsync(StorageKey, new StoredTokens(tokens.AccessToken, tokens.RefreshToken));
        session.SignedIn(tokens.AccessToken, tokens.RefreshToken, user);
        live.Start();
    }

    /// <summary>Once per circuit: picks up this tab's sign-in, if it has one the API still accepts.</summary>
    public async Task RestoreAsync(CancellationToken ct = default)
    {
        if (session.Restored) return;
        session.Restored = true;
        ProtectedBrowserStorageResult<StoredTokens> stored;
        try
        {
            stored = await storage.GetAsync<StoredTokens>(StorageKey);
        }
        catch (CryptographicException)
        {
            // Written under keys this host no longer has: sign in again.
            await storage.DeleteAsync(StorageKey);
            return;
        }
        if (!stored.Success || stored.Value is null) return;

        session.Tokens(stored.Value.AccessToken, stored.Value.RefreshToken);
        try
        {
            var user = await api.GetAsync<AdminUser>("/api/auth/me", ct);
            session.SignedIn(session.AccessToken!, session.RefreshToken!, user);
            live.Start();
        }
        catch (ApiProblem)
        {
            session.Ended();
            await storage.DeleteAsync(StorageKey);
        }
    }

    public async Task SignOutAsync(CancellationToken ct = default)
    {
        try
        {
            if (session.IsSignedIn) await api.PostAsync<object>("/api/auth/logout", null, ct);
        }
        catch (ApiProblem)
        {
            // Already ended on the server: nothing left to revoke.
        }
        await live.StopAsync();
        await storage.DeleteAsync(StorageKey);
        session.Ended();
    }

    internal sealed record StoredTokens(string AccessToken, string RefreshToken);
}
