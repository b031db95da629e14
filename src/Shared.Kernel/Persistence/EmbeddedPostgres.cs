using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using Npgsql;

namespace OpsPlatform.Shared.Kernel.Persistence;

/// <summary>
/// A private PostgreSQL cluster started from the machine's own binaries (initdb, pg_ctl): loopback only, a free
/// port, a generated password. Used by the development host and by the test fixtures when no connection string
/// is configured. As root it runs the binaries as the <c>postgres</c> OS user, since PostgreSQL refuses root.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class EmbeddedPostgres : IAsyncDisposable
{
    private readonly string _dataDirectory;
    private readonly string _binDirectory;
    private readonly bool _ownsServer;
    private readonly bool _deleteOnDispose;
    private int _stopped;

    private EmbeddedPostgres(string dataDirectory, string binDirectory, int port, string password, bool ownsServer, bool deleteOnDispose)
    {
        _dataDirectory = dataDirectory;
        _binDirectory = binDirectory;
        _ownsServer = ownsServer;
        _deleteOnDispose = deleteOnDispose;
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
        RunAsync(_binDirectory, "pg_ctl", Environment.UserName == "root", cancellationToken,
            "-D", _dataDirectory, "-m", immediate ? "immediate" : "fast", "-w", "-t", "60", "stop");

    public Task StartServerAsync(CancellationToken cancellationToken = default) =>
        RunAsync(_binDirectory, "pg_ctl", Environment.UserName == "root", cancellationToken,
            "-D", _dataDirectory, "-l", Path.Combine(_dataDirectory, "server.log"), "-o", $"-p {Port}", "-w", "-t", "60", "start");

    public string ConnectionStringFor(string database) =>
        new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = database }.ConnectionString;

    /// <param name="dataDirectory">Kept between runs (development) or a temporary folder (tests).</param>
    /// <param name="durable">False for tests: fsync and synchronous commit off, which is several times faster.</param>
    /// <param name="deleteOnDispose">Remove the data directory after stopping (tests).</param>
    public static async Task<EmbeddedPostgres> StartAsync(string dataDirectory, bool durable, bool deleteOnDispose, CancellationToken cancellationToken = default)
    {
        var bin = FindBinaries();
        dataDirectory = Path.GetFullPath(dataDirectory);
        var passwordFile = dataDirectory.TrimEnd(Path.DirectorySeparatorChar) + ".password";
        var asPostgresUser = Environment.UserName == "root";

        if (!File.Exists(Path.Combine(dataDirectory, "PG_VERSION")))
            await InitializeAsync(bin, dataDirectory, passwordFile, durable, asPostgresUser, cancellationToken);
        var password = (await File.ReadAllTextAsync(passwordFile, cancellationToken)).Trim();

        var running = RunningPort(dataDirectory);
        if (running is { } existingPort && await IsReachable(existingPort, password, cancellationToken))
            return new EmbeddedPostgres(dataDirectory, bin, existingPort, password, ownsServer: false, deleteOnDispose);

        var cluster = new EmbeddedPostgres(dataDirectory, bin, FreePort(), password, ownsServer: true, deleteOnDispose);
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
            StopServerAsync(immediate: false).GetAwaiter().GetResult();
        }
        catch (InvalidOperationException)
        {
            // Already stopped (e.g. by the operating system at shutdown); nothing to do.
        }
        if (_deleteOnDispose)
        {
            try { Directory.Delete(_dataDirectory, recursive: true); File.Delete(_dataDirectory + ".password"); }
            catch (IOException) { }
            catch (UnauthorizedAccessException) { }
        }
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
                await RunAsync("", "chown", false, ct, "postgres:postgres", dataDirectory, initPasswordFile);
                File.SetUnixFileMode(dataDirectory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }
            await RunAsync(bin, "initdb", asPostgresUser, ct,
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

    private static string FindBinaries()
    {
        var configured = Environment.GetEnvironmentVariable("OPS_PG_BIN");
        if (!string.IsNullOrEmpty(configured) && File.Exists(Path.Combine(configured, "pg_ctl"))) return configured;

        if (Directory.Exists("/usr/lib/postgresql"))
        {
            var newest = Directory.GetDirectories("/usr/lib/postgresql")
                .Select(d => Path.Combine(d, "bin"))
                .Where(d => File.Exists(Path.Combine(d, "initdb")) && File.Exists(Path.Combine(d, "pg_ctl")))
                .OrderByDescending(d => int.TryParse(Path.GetFileName(Path.GetDirectoryName(d)), out var v) ? v : 0)
                .FirstOrDefault();
            if (newest is not null) return newest;
        }

        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var initdb = Path.Combine(dir, "initdb");
            if (!File.Exists(initdb)) continue;
            var resolved = new FileInfo(initdb).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? initdb;
            var binDir = Path.GetDirectoryName(resolved)!;
            if (File.Exists(Path.Combine(binDir, "pg_ctl"))) return binDir;
        }

        throw new InvalidOperationException(
            "No database is configured and no PostgreSQL server binaries were found. Either set the connection string " +
            "(environment variable ConnectionStrings__Ops=\"Host=...;Database=...;Username=...;Password=...\"), or install " +
            "the PostgreSQL server (Debian: apt-get install postgresql) so that initdb and pg_ctl are on PATH or under " +
            "/usr/lib/postgresql/<version>/bin (or point OPS_PG_BIN at them).");
    }

    private static async Task RunAsync(string bin, string tool, bool asPostgresUser, CancellationToken ct, params string[] arguments)
    {
        var executable = bin.Length == 0 ? tool : Path.Combine(bin, tool);
        var start = new ProcessStartInfo
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetTempPath(),
        };
        if (asPostgresUser)
        {
            start.FileName = "runuser";
            foreach (var a in new[] { "-u", "postgres", "--", executable }) start.ArgumentList.Add(a);
        }
        else start.FileName = executable;
        foreach (var a in arguments) start.ArgumentList.Add(a);

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {tool}.");
        // pg_ctl start leaves the server holding inherited pipes; read only until the tool itself exits.
        var stdout = process.StandardOutput.ReadToEndAsync(ct);
        var stderr = process.StandardError.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        if (process.ExitCode != 0)
        {
            await Task.WhenAny(Task.WhenAll(stdout, stderr), Task.Delay(2000, ct));
            var output = (stdout.IsCompletedSuccessfully ? stdout.Result : "") + (stderr.IsCompletedSuccessfully ? stderr.Result : "");
            throw new InvalidOperationException($"{tool} {string.Join(' ', arguments)} failed with exit code {process.ExitCode}: {output}");
        }
    }
}
