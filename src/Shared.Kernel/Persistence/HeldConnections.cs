using Npgsql;

namespace OpsPlatform.Shared.Kernel.Persistence;

/// <summary>
/// Connections held for minutes, not for a unit of work: a <c>LISTEN</c>, a job's session advisory lock. They come
/// from a pool of their own (same database, application name <c>opsplatform:held</c>), so they never take a place in
/// the request pool, which is kept small on purpose, and a job holding its lock while its work opens other connections
/// can never wait on itself.
/// </summary>
public sealed class HeldConnections(NpgsqlDataSource database) : IAsyncDisposable
{
    public ValueTask<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken) => database.OpenConnectionAsync(cancellationToken);

    public static HeldConnections For(string connectionString)
    {
        var settings = new NpgsqlConnectionStringBuilder(connectionString) { ApplicationName = "opsplatform:held", MaxPoolSize = 20 };
        return new HeldConnections(NpgsqlDataSource.Create(settings));
    }

    public ValueTask DisposeAsync() => database.DisposeAsync();
}
