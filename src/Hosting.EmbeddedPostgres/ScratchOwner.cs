using System.Globalization;

namespace OpsPlatform.Hosting.EmbeddedPostgres;

/// <summary>
/// The process a throwaway cluster's folder belongs to, written to the folder's <c>owner</c> file as
/// "pid start-time". The start time (from /proc) tells a live owner from a later process that reused its pid.
/// </summary>
internal readonly record struct ScratchOwner(int ProcessId, string StartTime)
{
    public const string FileName = "owner";

    public static ScratchOwner Of(int processId) => new(processId, StartTimeOf(processId) ?? "");

    public bool IsAlive => StartTimeOf(ProcessId) is { } now && (StartTime.Length == 0 || now == StartTime);

    public void WriteTo(string folder) =>
        File.WriteAllText(Path.Combine(folder, FileName), $"{ProcessId.ToString(CultureInfo.InvariantCulture)} {StartTime}");

    /// <summary>The owner named in the folder, or (folders of older runs had no owner file) the pid after the prefix in its name.</summary>
    public static ScratchOwner? ReadFrom(string folder, string prefix)
    {
        try
        {
            var file = Path.Combine(folder, FileName);
            if (File.Exists(file))
            {
                var parts = File.ReadAllText(file).Split(' ', 2, StringSplitOptions.TrimEntries);
                return int.TryParse(parts[0], CultureInfo.InvariantCulture, out var pid) ? new ScratchOwner(pid, parts.ElementAtOrDefault(1) ?? "") : null;
            }
        }
        catch (IOException) { return null; }

        var name = Path.GetFileName(folder.TrimEnd(Path.DirectorySeparatorChar))[prefix.Length..].Split('-')[0];
        return int.TryParse(name, CultureInfo.InvariantCulture, out var named) ? new ScratchOwner(named, "") : null;
    }

    private static string? StartTimeOf(int processId)
    {
        try
        {
            // /proc/<pid>/stat: the command name (field 2) may hold spaces; field 22, the start time, counts from after it.
            var stat = File.ReadAllText($"/proc/{processId.ToString(CultureInfo.InvariantCulture)}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return fields.Length > 19 ? fields[19] : "";
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException) { return null; }
    }
}
