using System.Diagnostics;

namespace OpsPlatform.Hosting.EmbeddedPostgres;

/// <summary>
/// Finds the machine's PostgreSQL server binaries and runs them; as root, as the <c>postgres</c> OS user, since
/// PostgreSQL refuses to run as root.
/// </summary>
internal static class PostgresTools
{
    public static bool AsPostgresUser => Environment.UserName == "root";

    public static string FindBinaries()
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

    /// <summary>Runs <paramref name="tool"/> from <paramref name="bin"/> (or PATH when empty); throws with its output on failure.</summary>
    public static async Task RunAsync(string bin, string tool, bool asPostgresUser, CancellationToken ct, params string[] arguments)
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
