using System.Reflection;
using OpsPlatform.Shared.Kernel.Persistence;

namespace OpsPlatform.Shared.Kernel.Messaging;

/// <summary>
/// The kernel's bus scripts: the <c>bus</c> schema itself (node registry, singleton leases, never messages) and the
/// bus tables every module schema carries (inbox, dead letters, outbox relay columns), applied per schema with
/// <c>{schema}</c> substituted and recorded in <c>bus.schema_migrations</c> as <c>&lt;schema&gt;/&lt;script&gt;</c>.
/// </summary>
public static class BusSchema
{
    public const string Name = "bus";

    private static readonly Assembly Kernel = typeof(BusSchema).Assembly;

    public static IReadOnlyList<MigrationScript> Scripts() => Read(".Messaging.Schema.Bus.");

    public static IReadOnlyList<MigrationScript> ModuleScripts(string schema) =>
        Read(".Messaging.Schema.Module.")
            .Select(s => new MigrationScript($"{schema}/{s.Name}", s.Sql.Replace("{schema}", schema, StringComparison.Ordinal)))
            .ToList();

    private static List<MigrationScript> Read(string folder) =>
        Kernel.GetManifestResourceNames()
            .Where(n => n.Contains(folder, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n =>
            {
                using var stream = Kernel.GetManifestResourceStream(n)!;
                using var reader = new StreamReader(stream);
                return new MigrationScript(n[(n.IndexOf(folder, StringComparison.Ordinal) + folder.Length)..], reader.ReadToEnd());
            })
            .ToList();
}
