using System.Diagnostics;

namespace OpsPlatform.Hosting.EmbeddedPostgres;

/// <summary>
/// A detached shell (own session, so Ctrl+C on the test run does not reach it) that waits for the owner process to
/// end, however it ends (disposed, Ctrl+C, killed, crashed), then stops the throwaway cluster at once and deletes its
/// folder. It also ends as soon as the folder is gone, i.e. after a normal dispose.
/// </summary>
internal static class OwnerWatchdog
{
    private const string Script = """
        exec </dev/null >/dev/null 2>&1
        owner=$1 start=$2 folder=$3 bin=$4 as_postgres=$5
        alive() {
          [ -r "/proc/$owner/stat" ] || return 1
          [ -z "$start" ] || [ "$(sed 's/.*) //' "/proc/$owner/stat" | cut -d' ' -f20)" = "$start" ]
        }
        while alive && [ -d "$folder" ]; do sleep 1; done
        [ -d "$folder" ] || exit 0
        if [ -f "$folder/data/postmaster.pid" ]; then
          if [ "$as_postgres" = 1 ]; then runuser -u postgres -- "$bin/pg_ctl" -D "$folder/data" -m immediate -w -t 20 stop
          else "$bin/pg_ctl" -D "$folder/data" -m immediate -w -t 20 stop; fi
        fi
        rm -rf "$folder"
        """;

    public static void Watch(ScratchOwner owner, string folder, string bin)
    {
        var start = new ProcessStartInfo("setsid")
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var a in new[] { "sh", "-c", Script, "ops-pg-watchdog", owner.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture),
                     owner.StartTime, folder, bin, PostgresTools.AsPostgresUser ? "1" : "0" })
            start.ArgumentList.Add(a);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the cluster's watchdog (setsid sh).");
    }
}
