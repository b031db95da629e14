using System.Diagnostics;

namespace OpsPlatform.Architecture.Tests;

/// <summary>
/// Wolverine's handler code is generated ahead of time and committed (loaded with TypeLoadMode.Static, no Roslyn at
/// start-up). Regenerating it from the host as built must give exactly the committed files; otherwise run
/// <c>dotnet run --project src/Host.Api -- codegen write</c> and commit the result.
/// </summary>
public sealed class GeneratedCodeTests
{
    [Fact]
    public async Task The_committed_Wolverine_handler_code_is_what_the_host_generates_today()
    {
        var root = RepositoryRoot();
        var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name; // bin/<configuration>/<tfm>
        var built = Path.Combine(root, "src", "Host.Api", "bin", configuration, "net10.0", "OpsPlatform.Host.Api.dll");
        // The host as built in its own folder (next to its runtimeconfig), not this project's reference copy.
        File.Exists(built).ShouldBeTrue($"{built} should exist");
        var scratch = Directory.CreateTempSubdirectory("ops-codegen-");
        try
        {
            var run = Process.Start(new ProcessStartInfo("dotnet", [built, "codegen", "write"])
            {
                WorkingDirectory = scratch.FullName,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            })!;
            var output = run.StandardOutput.ReadToEndAsync();
            var error = run.StandardError.ReadToEndAsync();
            await run.WaitForExitAsync();
            run.ExitCode.ShouldBe(0, await output + await error);

            var committed = Files(Path.Combine(root, "src", "Host.Api", "Internal", "Generated"));
            var generated = Files(Path.Combine(scratch.FullName, "Internal", "Generated"));
            generated.Keys.Order().ShouldBe(committed.Keys.Order(), "the generated files (run codegen write and commit)");
            foreach (var (file, text) in generated) text.ShouldBe(committed[file], $"{file} is stale: run codegen write and commit");
        }
        finally
        {
            scratch.Delete(recursive: true);
        }
    }

    private static Dictionary<string, string> Files(string folder) =>
        Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
                .ToDictionary(f => Path.GetRelativePath(folder, f), f => File.ReadAllText(f).ReplaceLineEndings("\n"))
            : [];

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "OpsPlatform.sln"))) directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("OpsPlatform.sln not found above the test folder.");
    }
}
