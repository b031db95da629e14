using OpsPlatform.Shared.Files.Storage;

namespace OpsPlatform.Shared.Files.Tests;

/// <summary>The default store: a folder, here a throw-away one.</summary>
public sealed class LocalStoreTests : FileCapabilityTests, IDisposable
{
    private readonly string _root = TestFolders.Create(TestFolders.Files);

    protected override IDictionary<string, string?> Settings() => new Dictionary<string, string?>
    {
        ["Files:Store"] = "local",
        ["Files:LocalRoot"] = _root,
        ["Files:MaxUploadBytes"] = (1024 * 1024).ToString(),
    };

    [Fact]
    public async Task A_temporary_file_left_by_a_crash_is_never_listed_as_a_key_and_the_sweep_removes_it()
    {
        var folder = Path.Combine(_root, "tests");
        Directory.CreateDirectory(folder);
        var leftover = Path.Combine(folder, "photo.0123456789abcdef.partial");
        await File.WriteAllBytesAsync(leftover, [1, 2, 3]);
        File.SetLastWriteTimeUtc(leftover, DateTime.UtcNow.AddDays(-2));

        var listed = new List<FileKey>();
        await foreach (var key in Server.Store.ListAsync("tests", DateTimeOffset.UtcNow.AddDays(-1), default)) listed.Add(key);

        listed.ShouldBeEmpty();
        File.Exists(leftover).ShouldBeFalse();
    }

    [Theory]
    [InlineData("../outside")]
    [InlineData("tests/../../etc")]
    [InlineData("/absolute")]
    [InlineData("Upper/Case")]
    [InlineData("tests//double")]
    public void A_key_that_could_leave_the_store_is_refused(string key) =>
        Should.Throw<ArgumentException>(() => new FileKey(key));

    public void Dispose()
    {
        if (Directory.Exists(_root)) Directory.Delete(_root, recursive: true);
    }
}
