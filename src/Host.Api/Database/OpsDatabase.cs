using Npgsql;
using OpsPlatform.Host.Api.Development;
using OpsPlatform.Hosting.EmbeddedPostgres;
using OpsPlatform.Shared.Kernel.Bus;
using OpsPlatform.Shared.Kernel.Persistence;

namespace OpsPlatform.Host.Api.Database;

/// <summary>
/// The one PostgreSQL database the host uses. <c>ConnectionStrings:Ops</c> (env <c>ConnectionStrings__Ops</c>) always
/// wins; without it a development host starts its own embedded cluster under <c>.data/</c>.
/// </summary>
internal static class OpsDatabase
{
    /// <summary>Registers the database (and the bus on it) and returns it. <paramref name="codeGeneration"/>: only Wolverine's code is written, no database is touched.</summary>
    public static async Task<NpgsqlDataSource> AddOpsDatabaseAsync(this WebApplicationBuilder builder, bool codeGeneration = false)
    {
        var connectionString = codeGeneration ? "Host=localhost;Database=codegen" : builder.Configuration.GetConnectionString("Ops");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            if (!builder.Environment.IsDevelopment() || OperatingSystem.IsWindows())
                throw new InvalidOperationException(
                    "No database is configured. Set ConnectionStrings__Ops (e.g. \"Host=db;Database=ops;Username=ops;Password=...\"), " +
                    "or run in Development (dotnet run --project src/Host.Api) to use an embedded PostgreSQL cluster.");

            var dataDirectory = Path.Combine(builder.Environment.ContentRootPath, ".data", "postgres");
            var cluster = await EmbeddedPostgres.StartAsync(dataDirectory);
            connectionString = await cluster.EnsureDatabaseAsync("ops");
            builder.Services.AddSingleton(cluster);
            builder.Services.AddHostedService<EmbeddedPostgresLifetime>();
            Console.WriteLine($"Embedded PostgreSQL on 127.0.0.1:{cluster.Port}, data in {dataDirectory}");
        }

        var dataSource = new NpgsqlDataSourceBuilder(connectionString);
        var settings = dataSource.ConnectionStringBuilder;
        settings.ApplicationName ??= "opsplatform";
        // Hot statements are prepared server-side after their second use: PostgreSQL then skips parse and plan.
        if (settings.MaxAutoPrepare == 0) settings.MaxAutoPrepare = 128;
        // Without this, every connection taken from the pool first runs "SET SESSION AUTHORIZATION DEFAULT; RESET ALL;
        // CLOSE ALL; UNLISTEN *; SELECT pg_advisory_unlock_all(); DISCARD ...": one extra statement per request, for
        // session state this host never leaves behind (no SET, no temp tables; advisory locks are released explicitly).
        settings.NoResetOnClose = true;
        // Fewer server processes than requests in flight: on 2 cores, 32 concurrent requests through 10 connections
        // served as much as through 32 or up to 40 % more, with a lower p99 (docs/benchmarks.md, issue 17 round 3). A
        // connection string's own "Maximum Pool Size" wins; connections held for minutes use HeldConnections instead.
        if (!SetsPoolSize(connectionString)) settings.MaxPoolSize = Math.Max(10, 4 * Environment.ProcessorCount);
        var database = dataSource.Build();
        builder.Services.AddSingleton(_ => database); // a factory registration: the container disposes it with the host
        builder.Services.AddSingleton(_ => HeldConnections.For(settings.ConnectionString));
        builder.Services.AddSingleton<SqlMigrator>();
        builder.Services.AddSingleton<MigrationState>();
        builder.Services.AddHostedService<DatabaseStartup>();
        builder.AddOpsBus(database, typeof(Program).Assembly, migrate: builder.Configuration.GetValue("Database:ApplyMigrations", true));
        builder.Services.AddHostedService<DemoDataStartup>();
        return database;
    }

    private static bool SetsPoolSize(string connectionString)
    {
        var keys = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString }.Keys.Cast<string>();
        return keys.Any(k => k.Replace(" ", "").ToLowerInvariant() is "maximumpoolsize" or "maxpoolsize");
    }
}
