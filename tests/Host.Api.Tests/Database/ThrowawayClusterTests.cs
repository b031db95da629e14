using System.Diagnostics;
using Npgsql;
using OpsPlatform.Hosting.EmbeddedPostgres;

namespace OpsPlatform.Host.Api.Tests.Database;

/// <summary>
/// Test runs leave no cluster behind: a throwaway cluster whose process dies (killed, crashed, Ctrl+C) is stopped and
/// deleted by its watchdog, and a run removes the folders of earlier runs whose process is gone.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class ThrowawayClusterTests
{
    [Fact]
    public async Task A_cluster_whose_process_is_killed_is_stopped_and_its_folder_deleted()
    {
        using var owner = Process.Start(new ProcessStartInfo("sleep", "300") { UseShellExecute = false })!;
        var cluster = await EmbeddedPostgres.StartThrowawayAsync("ops-watchdog-test-", owner.Id, durable: false, CancellationToken.None);
        var folder = Path.GetDirectoryName(cluster.DataDirectory)!;
        var postmaster = int.Parse(File.ReadLines(Path.Combine(cluster.DataDirectory, "postmaster.pid")).First());
        await using (var connection = new NpgsqlConnection(cluster.AdminConnectionString)) await connection.OpenAsync();

        owner.Kill();
        var watch = Stopwatch.StartNew();
        while ((Directory.Exists(folder) || Directory.Exists($"/proc/{postmaster}")) && watch.Elapsed < TimeSpan.FromSeconds(20))
            await Task.Delay(100);

        Directory.Exists(folder).ShouldBeFalse("the watchdog deletes the folder once its owner is gone");
        Directory.Exists($"/proc/{postmaster}").ShouldBeFalse("the watchdog stops the server first");
    }

    [Fact]
    public async Task A_run_removes_the_folders_of_runs_whose_process_is_gone_and_keeps_live_ones()
    {
        const string prefix = "ops-sweep-test-";
        using var ended = Process.Start(new ProcessStartInfo("true") { UseShellExecute = false })!;
        await ended.WaitForExitAsync();
        var dead = Folder(prefix, ended.Id, "owner", $"{ended.Id} 1");
        var reused = Folder(prefix, Environment.ProcessId, "owner", $"{Environment.ProcessId} 1"); // same pid, another start time
        var legacy = Folder(prefix, ended.Id, "PG_VERSION", "15"); // a run from before owner files: the pid is in the name
        var live = Folder(prefix, Environment.ProcessId, "PG_VERSION", "15");
        ScratchOwner.Of(Environment.ProcessId).WriteTo(live);

        var removed = await ScratchFolders.SweepAsync(prefix, PostgresTools.FindBinaries());

        removed.ShouldBe(3);
        Directory.Exists(dead).ShouldBeFalse();
        Directory.Exists(reused).ShouldBeFalse();
        Directory.Exists(legacy).ShouldBeFalse();
        Directory.Exists(live).ShouldBeTrue();
        Directory.Delete(live, recursive: true);
    }

    private static string Folder(string prefix, int pid, string file, string content)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"{prefix}{pid}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, file), content);
        return folder;
    }
}
