using System.Reflection;

namespace OpsPlatform.Shared.Kernel.Persistence;

/// <summary>
/// A schema that no Marten store owns (Identity's EF tables, a test host's probe tables), built by the versioned
/// <c>Persistence/Migrations/NNNN_*.sql</c> scripts embedded in <paramref name="MigrationsAssembly"/>.
/// </summary>
public sealed record ScriptedSchema(string Schema, Assembly MigrationsAssembly)
{
    private const string Folder = ".Persistence.Migrations.";

    /// <summary>The scripts in name order.</summary>
    public IReadOnlyList<MigrationScript> Scripts() =>
        MigrationsAssembly.GetManifestResourceNames()
            .Where(n => n.Contains(Folder, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Select(n => new MigrationScript(n[(n.IndexOf(Folder, StringComparison.Ordinal) + Folder.Length)..], Read(n)))
            .OrderBy(s => s.Name, StringComparer.Ordinal)
            .ToList();

    private string Read(string resource)
    {
        using var stream = MigrationsAssembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}

public sealed record MigrationScript(string Name, string Sql)
{
    public string Checksum => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(Sql.ReplaceLineEndings("\n"))));
}
