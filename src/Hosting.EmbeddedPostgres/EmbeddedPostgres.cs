using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using Npgsql;

namespace OpsPlatform.Hosting.EmbeddedPostgres;

/// <summary>
/// A private PostgreSQL cluster started from the machine's own binaries (initdb, pg_ctl): loopback only, a free
/// port, a generated password. Used by the development host and by the test fixtures when no connection string
/// is configured. A development cluster keeps its data between starts; a throwaway one (tests) lives in a folder of
/// its own that is deleted when it stops, or by its watchdog when its process dies first.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class EmbeddedPostgres : IAsyncDisposable
{
    private readonly string _dataDirectory;
    private readonly string _binDirectory;
    private readonly bool _ownsServer;
    private readonly string? _scratchFolder;
    private int _stopped;

    private EmbeddedPostgres(string dataDirectory, string binDirectory, int port, string password, bool ownsServer, string? scratchFolder)
    {
        _dataDirectory = dataDirectory;
        _binDirectory = binDirectory;
        _ownsServer = ownsServer;
        _scratchFolder = scratchFolder;
        Port = port;
        AdminConnectionString = new NpgsqlConnectionStringBuilder
        {
            Host = "127.0.0.1", Port = port, Username = "postgres", Password = password, Database = "postgres",
        }.ConnectionString;
    }

    public int Port { get; }

    /// <summary>Connection string to the cluster's <c>postgres</c> database as the superuser.</summary>
    public string AdminConnectionString { get; }

    /// <summary>The cluster's data directory (its <c>postmaster.pid</c> names the server process).</summary>
    public string DataDirectory => _dataDirectory;

    /// <summary>
    /// Stops the server: <paramref name="immediate"/> as a crash would (no checkpoint, every client cut off). Outage
    /// tests use it with <see cref="StartServerAsync"/>, which brings it back on the same port.
    /// </summary>
    public Task StopServerAsync(bool immediate, CancellationToken cancellationToken = default) =>
        PostgresTools.RunAsync(_binDirectory, "pg_ctl", PostgresTools.AsPostgresUser, cancellationToken,
            "-D", _dataDirectory, "-m", immediate ? "immediate" : "fast", "-w", "-t", "60", "stop");

    public Task StartServerAsync(CancellationToken cancellationToken = default) =>
        PostgresTools.RunAsync(_binDirectory, "pg_ctl", PostgresTools.AsPostgresUser, cancellationToken,
            "-D", _dataDirectory, "-l", Path.Combine(_dataDirectory, "server.log"), "-o", $"-p {Port}", "-w", "-t", "60", "start");

    public string ConnectionStringFor(string database) =>
        new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = database }.ConnectionString;

    /// <summary>A durable cluster whose data is kept between starts (development); reused if it is already running.</summary>
    public static Task<EmbeddedPostgres> StartAsync(string dataDirectory, CancellationToken cancellationToken = default) =>
        StartAsync(PostgresTools.FindBinaries(), Path.GetFullPath(dataDirectory), durable: true, scratchFolder: null, cancellationToken);

    /// <summary>
    /// A cluster for one test process in a new temp folder <c>&lt;prefix&gt;&lt;pid&gt;-&lt;guid&gt;</c>, deleted when the cluster is
    /// disposed, when the process exits, or (killed, crashed, Ctrl+C) by a watchdog once the process is gone. Folders of
    /// earlier runs whose process is gone are removed first.
    /// </summary>
    /// <param name="durable">False: fsync and synchronous commit off, several times faster.</param>
    public static Task<EmbeddedPostgres> StartThrowawayAsync(string prefix, bool durable = false, CancellationToken cancellationToken = default) =>
        StartThrowawayAsync(prefix, Environment.ProcessId, durable, cancellationToken);

    /// <summary>As above, owned by another process (tests of the watchdog).</summary>
    internal static async Task<EmbeddedPostgres> StartThrowawayAsync(string prefix, int ownerProcessId, bool durable, CancellationToken cancellationToken)
    {
        var bin = PostgresTools.FindBinaries();
        await ScratchFolders.SweepAsync(prefix, bin, cancellationToken);
        var owner = ScratchOwner.Of(ownerProcessId);
        var folder = ScratchFolders.Create(prefix, owner);
        OwnerWatchdog.Watch(owner, folder, bin);
        return await StartAsync(bin, Path.Combine(folder, "data"), durable, folder, cancellationToken);
    }

    private static async Task<EmbeddedPostgres> StartAsync(string bin, string dataDirectory, bool durable, string? scratchFolder, CancellationToken cancellationToken)
    {
        var passwordFile = dataDirectory.TrimEnd(Path.DirectorySeparatorChar) + ".password";

        if (!File.Exists(Path.Combine(dataDirectory, "PG_VERSION")))
            await InitializeAsync(bin, dataDirectory, passwordFile, durable, PostgresTools.AsPostgresUser, cancellationToken);
        var password = (await File.ReadAllTextAsync(passwordFile, cancellationToken)).Trim();

        var running = RunningPort(dataDirectory);
        if (running is { } existingPort && await IsReachable(existingPort, password, cancellationToken))
            return new EmbeddedPostgres(dataDirectory, bin, existingPort, password, ownsServer: false, scratchFolder);

        var cluster = new EmbeddedPostgres(dataDirectory, bin, FreePort(), password, ownsServer: true, scratchFolder);
        await cluster.StartServerAsync(cancellationToken);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => cluster.Stop();
        return cluster;
    }

    /// <summary>Creates the database if it is missing and returns its connection string.</summary>
    public async Task<string> EnsureDatabaseAsync(string database, CancellationToken cancellationToken = default)
    {
        await using var connection = new NpgsqlConnection(AdminConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", connection);
        exists.Parameters.AddWithValue("name", database);
        if (await exists.ExecuteScalarAsync(cancellationToken) is null)
        {
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{database}\"", connection);
            await create.ExecuteNonQueryAsync(cancellationToken);
        }
        return ConnectionStringFor(database);
    }

    public ValueTask DisposeAsync()
    {
        Stop();
        return ValueTask.CompletedTask;
    }

    private void Stop()
    {
        if (Interlocked.Exchange(ref _stopped, 1) == 1 || !_ownsServer) return;
        NpgsqlConnection.ClearAllPools();
        try
        {
            // A throwaway cluster is deleted next: no checkpoint to wait for.
            StopServerAsync(immediate: _scratchFolder is not null).GetAwaiter().GetResult();
        }
        catch (InvalidOperationException)
        {
            // Already stopped (e.g. by the operating system at shutdown); nothing to do.
        }
        if (_scratchFolder is not null) ScratchFolders.Delete(_scratchFolder);
    }

    private static async Task InitializeAsync(string bin, string dataDirectory, string passwordFile, bool durable, bool asPostgresUser, CancellationToken ct)
    {
        Directory.CreateDirectory(dataDirectory);
        var password = Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant();
        await File.WriteAllTextAsync(passwordFile, password, ct);
        File.SetUnixFileMode(passwordFile, UnixFileMode.UserRead | UnixFileMode.UserWrite);

        // initdb reads the password from a file the postgres user can read; it is deleted right after.
        var initPasswordFile = Path.Combine(Path.GetTempPath(), $"ops-pg-{Guid.NewGuid():N}");
        await File.WriteAllTextAsync(initPasswordFile, password, ct);
        try
        {
            if (asPostgresUser)
            {
                await PostgresTools.RunAsync("", "chown", false, ct, "postgres:postgres", dataDirectory, initPasswordFile);
                File.SetUnixFileMode(dataDirectory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }
            await PostgresTools.RunAsync(bin, "initdb", asPostgresUser, ct,
                "-D", dataDirectory, "-U", "postgres", "-E", "UTF8", "--locale=C.UTF-8",
                "--auth-host=scram-sha-256", "--auth-local=peer", $"--pwfile={initPasswordFile}");
        }
        finally
        {
            File.Delete(initPasswordFile);
        }

        var settings = new List<string>
        {
            "listen_addresses = '127.0.0.1'",
            "unix_socket_directories = ''",
            "max_connections = 300",
            "shared_buffers = '256MB'",
        };
        if (!durable) settings.AddRange(["fsync = off", "synchronous_commit = off", "full_page_writes = off"]);
        await File.AppendAllLinesAsync(Path.Combine(dataDirectory, "postgresql.conf"), settings, ct);
    }

    private static int? RunningPort(string dataDirectory)
    {
        // postmaster.pid: line 1 is the pid, line 4 the port.
        var pidFile = Path.Combine(dataDirectory, "postmaster.pid");
        if (!File.Exists(pidFile)) return null;
        try
        {
            var lines = File.ReadAllLines(pidFile);
            return lines.Length > 3 && int.TryParse(lines[3], out var port) ? port : null;
        }
        catch (IOException) { return null; }
    }

    private static async Task<bool> IsReachable(int port, string password, CancellationToken ct)
    {
        var cs = new NpgsqlConnectionStringBuilder { Host = "127.0.0.1", Port = port, Username = "postgres", Password = password, Database = "postgres", Timeout = 3, Pooling = false };
        try
        {
            await using var connection = new NpgsqlConnection(cs.ConnectionString);
            await connection.OpenAsync(ct);
            return true;
        }
        catch (Exception ex) when (ex is NpgsqlException or SocketException or TimeoutException)
        {
            return false;
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
