namespace OpsPlatform.Hosting.EmbeddedPostgres;

/// <summary>
/// Throwaway cluster folders in the temp directory, <c>&lt;prefix&gt;&lt;pid&gt;-&lt;guid&gt;/</c> with an <c>owner</c> file
/// and the cluster in <c>data/</c>. A run first removes the folders of runs whose owner is gone (a watchdog that was
/// itself killed, a machine that was switched off), stopping any server still running there.
/// </summary>
internal static class ScratchFolders
{
    public static string Create(string prefix, ScratchOwner owner)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"{prefix}{owner.ProcessId}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        owner.WriteTo(folder);
        return folder;
    }

    /// <summary>Removes every folder with this prefix whose owner process has ended; returns how many.</summary>
    public static async Task<int> SweepAsync(string prefix, string bin, CancellationToken ct = default)
    {
        var removed = 0;
        foreach (var folder in Directory.GetDirectories(Path.GetTempPath(), prefix + "*"))
        {
            var owner = ScratchOwner.ReadFrom(folder, prefix);
            var data = Directory.Exists(Path.Combine(folder, "data")) ? Path.Combine(folder, "data") : folder;
            if (owner is { IsAlive: true } || (owner is null && ServerRunsIn(data))) continue;

            if (ServerRunsIn(data))
            {
                try { await PostgresTools.RunAsync(bin, "pg_ctl", PostgresTools.AsPostgresUser, ct, "-D", data, "-m", "immediate", "-w", "-t", "20", "stop"); }
                catch (InvalidOperationException) { continue; }
            }
            Delete(folder);
            removed++;
        }
        return removed;
    }

    public static void Delete(string folder)
    {
        try
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
            File.Delete(folder + ".password"); // beside the data folder in runs before owner files
        }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }

    private static bool ServerRunsIn(string data)
    {
        var pidFile = Path.Combine(data, "postmaster.pid");
        try
        {
            return File.Exists(pidFile) && int.TryParse(File.ReadLines(pidFile).FirstOrDefault(), out var pid) && Directory.Exists($"/proc/{pid}");
        }
        catch (IOException) { return false; }
    }
}
