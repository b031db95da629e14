using Microsoft.Extensions.Caching.Memory;

namespace OpsPlatform.Host.Api.Auth.Sessions;

/// <summary>
/// Sessions this node validated recently, keyed by the token hash, so most requests need no database round trip.
/// Revocation evicts here and, through NOTIFY, on every other node; an entry lives at most <see cref="Lifetime"/>.
/// </summary>
internal sealed class SessionCache : IDisposable
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(60);

    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = 100_000 });

    public bool TryGet(string key, out ActiveSession? session) => _cache.TryGetValue(key, out session);

    public void Set(string key, ActiveSession session, DateTimeOffset now)
    {
        var until = session.ExpiresAt < now + Lifetime ? session.ExpiresAt : now + Lifetime;
        _cache.Set(key, session, new MemoryCacheEntryOptions { AbsoluteExpiration = until, Size = 1 });
    }

    public void Evict(string key) => _cache.Remove(key);

    /// <summary>After a lost LISTEN connection this node may have missed revocations: forget everything.</summary>
    public void Clear() => _cache.Clear();

    public void Dispose() => _cache.Dispose();
}
