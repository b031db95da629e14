using System.Security.Cryptography;
using Npgsql;
using NpgsqlTypes;

namespace OpsPlatform.Host.Api.Auth.Sessions;

/// <summary>
/// Opaque bearer sessions in <c>identity.sessions</c>. Only SHA-256 hashes of the tokens are stored. Access tokens
/// are short-lived; refresh tokens are single-use (rotated on every refresh). Revoking a session makes its access
/// token answer 401 at once on this node and, via NOTIFY, on every other node.
/// </summary>
internal sealed class SessionStore(NpgsqlDataSource database, SessionCache cache, TimeProvider clock, IConfiguration configuration)
{
    public const string RevocationChannel = "ops_session_revoked";

    private TimeSpan AccessLifetime => TimeSpan.FromMinutes(configuration.GetValue("Auth:AccessTokenMinutes", 60));
    private TimeSpan RefreshLifetime => TimeSpan.FromDays(configuration.GetValue("Auth:RefreshTokenDays", 14));

    public async Task<TokenPair> IssueAsync(Guid userId, CancellationToken ct)
    {
        var access = NewToken();
        var refresh = NewToken();
        var now = clock.GetUtcNow();
        await using var command = database.CreateCommand("""
            INSERT INTO identity.sessions (id, user_id, access_hash, refresh_hash, created_at, access_expires_at, refresh_expires_at)
            VALUES ($1, $2, $3, $4, $5, $6, $7)
            """);
        command.Parameters.Add(new() { Value = Guid.CreateVersion7() });
        command.Parameters.Add(new() { Value = userId });
        command.Parameters.Add(new() { Value = Hash(access) });
        command.Parameters.Add(new() { Value = Hash(refresh) });
        command.Parameters.Add(new() { Value = now });
        command.Parameters.Add(new() { Value = now + AccessLifetime });
        command.Parameters.Add(new() { Value = now + RefreshLifetime });
        await command.ExecuteNonQueryAsync(ct);
        return new TokenPair(access, refresh, (int)AccessLifetime.TotalSeconds);
    }

    public async Task<ActiveSession?> FindActiveAsync(string accessToken, CancellationToken ct)
    {
        var hash = Hash(accessToken);
        var key = Convert.ToHexString(hash);
        var now = clock.GetUtcNow();
        if (cache.TryGet(key, out var cached) && cached!.ExpiresAt > now) return cached;

        await using var command = database.CreateCommand("""
            SELECT s.id, s.user_id, u.email, u.display_name, s.access_expires_at,
                   coalesce(array_agg(r.name) FILTER (WHERE r.name IS NOT NULL), '{}')
            FROM identity.sessions s
            JOIN identity.users u ON u.id = s.user_id
            LEFT JOIN identity.user_roles ur ON ur.user_id = u.id
            LEFT JOIN identity.roles r ON r.id = ur.role_id
            WHERE s.access_hash = $1 AND s.revoked_at IS NULL AND s.access_expires_at > $2 AND u.deactivated_at IS NULL
            GROUP BY s.id, u.id
            """);
        command.Parameters.Add(new() { Value = hash, NpgsqlDbType = NpgsqlDbType.Bytea });
        command.Parameters.Add(new() { Value = now });
        await using var reader = await command.ExecuteReaderAsync(ct);
        if (!await reader.ReadAsync(ct)) return null;

        var session = new ActiveSession(
            reader.GetGuid(0), reader.GetGuid(1), reader.IsDBNull(2) ? "" : reader.GetString(2), reader.GetString(3),
            reader.GetFieldValue<string[]>(5), reader.GetFieldValue<DateTimeOffset>(4));
        cache.Set(key, session, now);
        return session;
    }

    /// <summary>Uses up a refresh token (atomically, so a replayed token gets nothing) and issues a new pair.</summary>
    public async Task<TokenPair?> RefreshAsync(string refreshToken, CancellationToken ct)
    {
        await using var command = database.CreateCommand("""
            UPDATE identity.sessions SET revoked_at = $2
            WHERE refresh_hash = $1 AND revoked_at IS NULL AND refresh_expires_at > $2
            RETURNING user_id, access_hash
            """);
        command.Parameters.Add(new() { Value = Hash(refreshToken), NpgsqlDbType = NpgsqlDbType.Bytea });
        command.Parameters.Add(new() { Value = clock.GetUtcNow() });
        Guid userId;
        byte[] oldAccessHash;
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            if (!await reader.ReadAsync(ct)) return null;
            userId = reader.GetGuid(0);
            oldAccessHash = reader.GetFieldValue<byte[]>(1);
        }
        await EvictEverywhereAsync([oldAccessHash], ct);
        return await IssueAsync(userId, ct);
    }

    public async Task RevokeAsync(Guid sessionId, CancellationToken ct) =>
        await RevokeWhereAsync("id = $1", sessionId, ct);

    /// <summary>Ends every session of a user (after a role change or a lock), so new rights apply at once.</summary>
    public async Task RevokeAllAsync(Guid userId, CancellationToken ct) =>
        await RevokeWhereAsync("user_id = $1", userId, ct);

    /// <summary>After a profile change: every host drops its cached copy of the user's sessions and reads them anew.</summary>
    public async Task ForgetCachedAsync(Guid userId, CancellationToken ct)
    {
        await using var command = database.CreateCommand("SELECT access_hash FROM identity.sessions WHERE user_id = $1 AND revoked_at IS NULL");
        command.Parameters.Add(new() { Value = userId });
        await EvictEverywhereAsync(command, ct);
    }

    private async Task RevokeWhereAsync(string condition, Guid id, CancellationToken ct)
    {
        await using var command = database.CreateCommand(
            $"UPDATE identity.sessions SET revoked_at = $2 WHERE {condition} AND revoked_at IS NULL RETURNING access_hash");
        command.Parameters.Add(new() { Value = id });
        command.Parameters.Add(new() { Value = clock.GetUtcNow() });
        await EvictEverywhereAsync(command, ct);
    }

    /// <summary>Evicts, on every host, the sessions whose access hashes <paramref name="selectHashes"/> returns.</summary>
    private async Task EvictEverywhereAsync(NpgsqlCommand selectHashes, CancellationToken ct)
    {
        var hashes = new List<byte[]>();
        await using (var reader = await selectHashes.ExecuteReaderAsync(ct))
            while (await reader.ReadAsync(ct)) hashes.Add(reader.GetFieldValue<byte[]>(0));
        await EvictEverywhereAsync(hashes, ct);
    }

    private async Task EvictEverywhereAsync(IReadOnlyList<byte[]> accessHashes, CancellationToken ct)
    {
        if (accessHashes.Count == 0) return;
        var keys = accessHashes.Select(Convert.ToHexString).ToArray();
        foreach (var key in keys) cache.Evict(key);
        await using var command = database.CreateCommand($"SELECT pg_notify('{RevocationChannel}', k) FROM unnest($1::text[]) AS k");
        command.Parameters.Add(new() { Value = keys });
        await command.ExecuteNonQueryAsync(ct);
    }

    private static string NewToken() => Base64Url(RandomNumberGenerator.GetBytes(32));

    private static byte[] Hash(string token) => SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(token));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
