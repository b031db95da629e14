using Npgsql;
using OpsPlatform.Shared.Kernel.Persistence;

namespace OpsPlatform.Host.Api.Auth.Sessions;

/// <summary>Evicts sessions revoked on other nodes from this node's cache (PostgreSQL LISTEN/NOTIFY).</summary>
internal sealed class SessionRevocationListener(HeldConnections held, SessionCache cache, ILogger<SessionRevocationListener> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = await held.OpenAsync(stoppingToken);
                connection.Notification += (_, e) => cache.Evict(e.Payload);
                await using (var listen = new NpgsqlCommand($"LISTEN {SessionStore.RevocationChannel}", connection))
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                cache.Clear(); // anything revoked while we were not listening is forgotten, not trusted
                while (!stoppingToken.IsCancellationRequested) await connection.WaitAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is NpgsqlException or TimeoutException or System.Net.Sockets.SocketException)
            {
                logger.LogWarning(ex, "Session revocation listener lost its connection; retrying in 2 s");
                cache.Clear();
                await Task.Delay(TimeSpan.FromSeconds(2), stoppingToken);
            }
        }
    }
}
