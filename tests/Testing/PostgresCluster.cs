using Npgsql;
using OpsPlatform.Hosting.EmbeddedPostgres;

namespace OpsPlatform.Testing;

/// <summary>
/// One PostgreSQL server per test process: a throwaway embedded cluster (non-durable, removed at exit, even a crash), or the
/// server named by <c>OPS_TEST_POSTGRES</c> (an admin connection string) when CI already has one.
/// A template database with every migration applied makes a fresh database per test class cost ~100 ms.
/// </summary>
public static class PostgresCluster
{
    public const string TemplateDatabase = "ops_template";

    /// <summary>The test clusters' folders in the temp directory: <c>ops-test-pg-&lt;pid&gt;-&lt;guid&gt;</c>.</summary>
    public const string ClusterPrefix = "ops-test-pg-";

    private static readonly Lazy<Task<string>> Admin = new(StartAsync);
    private static string? _scratchFolder;
    private static readonly Lazy<Task> Template = new(CreateTemplateAsync);

    public static Task<string> AdminConnectionStringAsync() => Admin.Value;

    /// <summary>
    /// A new empty folder for a test's files: inside this process's throwaway cluster folder when the cluster is embedded,
    /// so it is deleted with the cluster however the process ends; otherwise in the temp directory.
    /// </summary>
    public static string NewScratchFolder(string purpose)
    {
        var folder = Path.Combine(_scratchFolder ?? Path.GetTempPath(), $"ops-test-{purpose}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        return folder;
    }

    /// <summary>An empty database (no schemas), for migrator tests.</summary>
    public static async Task<string> CreateEmptyDatabaseAsync(string hint) => await CreateDatabaseAsync(hint, template: null);

    /// <summary>A database with every module's migrations applied, cloned from the template.</summary>
    public static async Task<string> CreateMigratedDatabaseAsync(string hint)
    {
        await Template.Value;
        return await CreateDatabaseAsync(hint, TemplateDatabase);
    }

    private static async Task<string> CreateDatabaseAsync(string hint, string? template)
    {
        var admin = await Admin.Value;
        var name = $"t_{new string(hint.ToLowerInvariant().Where(char.IsLetterOrDigit).Take(30).ToArray())}_{Guid.NewGuid():N}";
        await using var connection = new NpgsqlConnection(admin);
        await connection.OpenAsync();
        var sql = template is null ? $"CREATE DATABASE \"{name}\"" : $"CREATE DATABASE \"{name}\" TEMPLATE \"{template}\"";
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
        return new NpgsqlConnectionStringBuilder(admin) { Database = name }.ConnectionString;
    }

    private static async Task<string> StartAsync()
    {
        var configured = Environment.GetEnvironmentVariable("OPS_TEST_POSTGRES");
        if (!string.IsNullOrWhiteSpace(configured)) return configured;
        if (OperatingSystem.IsWindows()) throw new PlatformNotSupportedException("Set OPS_TEST_POSTGRES on Windows.");

        var cluster = await EmbeddedPostgres.StartThrowawayAsync(ClusterPrefix);
        _scratchFolder = Path.GetDirectoryName(cluster.DataDirectory);
        return cluster.AdminConnectionString;
    }

    private static async Task CreateTemplateAsync()
    {
        var admin = await Admin.Value;
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{TemplateDatabase}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{TemplateDatabase}\"", connection);
            await create.ExecuteNonQueryAsync();
        }

        // Booting the real host applies every module's migrations, exactly as in production.
        var connectionString = new NpgsqlConnectionStringBuilder(admin) { Database = TemplateDatabase, Pooling = false }.ConnectionString;
        await using (var host = ApiFactory.ForDatabase(connectionString))
        {
            host.WithSetting("Bus:Enabled", "false");
            _ = host.Services;
        }
        // Wolverine's tables are cloned with the template; its node records are not (each test host is a new node).
        await using (var template = new NpgsqlConnection(connectionString))
        {
            await template.OpenAsync();
            await using var clean = new NpgsqlCommand("""
                TRUNCATE wolverine.wolverine_nodes, wolverine.wolverine_node_assignments, wolverine.wolverine_node_records,
                         wolverine.wolverine_incoming_envelopes, wolverine.wolverine_outgoing_envelopes, wolverine.wolverine_control_queue CASCADE
                """, template);
            await clean.ExecuteNonQueryAsync();
        }
        NpgsqlConnection.ClearAllPools();
    }
}
