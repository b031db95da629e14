namespace OpsPlatform.Shared.Files.Tests;

/// <summary>
/// Throw-away folders named after the test process (<c>&lt;prefix&gt;&lt;pid&gt;-&lt;guid&gt;</c>): deleted when their test
/// ends, and, when a crashed run could not, by the next run, which removes every folder whose process is gone.
/// </summary>
internal static class TestFolders
{
    public const string Files = "ops-test-files-";
    public const string S3 = "ops-test-s3-";

    private static readonly Lazy<bool> Swept = new(() =>
    {
        foreach (var prefix in new[] { Files, S3 })
        foreach (var folder in Directory.GetDirectories(Path.GetTempPath(), prefix + "*"))
        {
            var pid = Path.GetFileName(folder)[prefix.Length..].Split('-')[0];
            if (!int.TryParse(pid, out var id) || Directory.Exists($"/proc/{id}")) continue;
            try { Directory.Delete(folder, recursive: true); }
            catch (IOException) { }
            catch (UnauthorizedAccessException) { }
        }
        return true;
    });

    public static string Create(string prefix)
    {
        _ = Swept.Value;
        var folder = Path.Combine(Path.GetTempPath(), $"{prefix}{Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        return folder;
    }
}
