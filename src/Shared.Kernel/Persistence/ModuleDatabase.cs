using System.Reflection;

namespace OpsPlatform.Shared.Kernel.Persistence;

/// <summary>
/// What the migrator needs of a module: its schema and the assembly whose embedded
/// <c>Persistence/Migrations/NNNN_*.sql</c> scripts build it.
/// </summary>
public sealed record ModuleDatabase(string Schema, Assembly MigrationsAssembly)
{
    private const string KernelPrefix = "kernel/";

    /// <summary>The kernel's per-schema scripts (live events, scheduled keys) first, then the module's own, each in name order.</summary>
    public IReadOnlyList<MigrationScript> Scripts()
    {
        var kernel = ReadScripts(typeof(ModuleDatabase).Assembly, ".Persistence.KernelScripts.")
            .Select(s => s with { Name = KernelPrefix + s.Name, Sql = s.Sql.Replace("{schema}", Schema) });
        var own = ReadScripts(MigrationsAssembly, ".Persistence.Migrations.");
        return [.. kernel, .. own];
    }

    private static IEnumerable<MigrationScript> ReadScripts(Assembly assembly, string folder) =>
        assembly.GetManifestResourceNames()
            .Where(n => n.Contains(folder, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Select(n => new MigrationScript(n[(n.IndexOf(folder, StringComparison.Ordinal) + folder.Length)..], Read(assembly, n)))
            .OrderBy(s => s.Name, StringComparer.Ordinal);

    private static string Read(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}

public sealed record MigrationScript(string Name, string Sql)
{
    public string Checksum => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(Sql.ReplaceLineEndings("\n"))));
}
