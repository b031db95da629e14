using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using OpsPlatform.Shared.Kernel.Persistence;

namespace OpsPlatform.Host.Api.Tests.Migrations;

public sealed class MigratorTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    private IReadOnlyList<ModuleDatabase> Modules => api.Services.GetServices<ModuleDatabase>().ToList();

    private static ModuleDatabase Broken => new("broken", typeof(MigratorTests).Assembly);

    private static SqlMigrator Migrator(NpgsqlDataSource db, params ModuleDatabase[] modules) =>
        new(db, modules, [], NullLogger<SqlMigrator>.Instance);

    [Fact]
    public async Task Every_module_schema_records_each_of_its_scripts_once()
    {
        foreach (var module in Modules)
        {
            var recorded = await api.ScalarAsync<long>($"SELECT count(*) FROM {module.Schema}.schema_migrations");
            recorded.ShouldBe(module.Scripts().Count, $"schema {module.Schema}");
        }
    }

    [Fact]
    public async Task Migrating_an_up_to_date_database_again_changes_nothing()
    {
        await using var db = NpgsqlDataSource.Create(api.ConnectionString);
        var before = await api.ScalarAsync<DateTime>("SELECT max(applied_at) FROM maintenance.schema_migrations");

        await Migrator(db, [.. Modules]).MigrateAsync(applyPending: true, CancellationToken.None);

        (await api.ScalarAsync<DateTime>("SELECT max(applied_at) FROM maintenance.schema_migrations")).ShouldBe(before);
    }

    [Fact]
    public async Task Two_hosts_migrating_one_empty_database_at_once_apply_each_script_exactly_once_20_times()
    {
        for (var run = 0; run < 20; run++)
        {
            var connectionString = await PostgresCluster.CreateEmptyDatabaseAsync($"race{run}");
            await using var hostA = NpgsqlDataSource.Create(connectionString);
            await using var hostB = NpgsqlDataSource.Create(connectionString);

            await Task.WhenAll(
                Task.Run(() => Migrator(hostA, [.. Modules]).MigrateAsync(true, CancellationToken.None)),
                Task.Run(() => Migrator(hostB, [.. Modules]).MigrateAsync(true, CancellationToken.None)));

            await using var check = hostA.CreateCommand("SELECT count(*) FROM maintenance.schema_migrations");
            ((long)(await check.ExecuteScalarAsync())!).ShouldBe(Modules.Single(m => m.Schema == "maintenance").Scripts().Count);
        }
    }

    [Fact]
    public async Task Two_real_hosts_starting_at_once_on_an_empty_database_both_start()
    {
        var connectionString = await PostgresCluster.CreateEmptyDatabaseAsync("hosts");
        await using var a = ApiFactory.ForDatabase(connectionString);
        await using var b = ApiFactory.ForDatabase(connectionString);

        await Task.WhenAll(Task.Run(() => a.CreateClient()), Task.Run(() => b.CreateClient()));

        (await (await a.CreateClient().GetAsync("/health/ready")).Content.ReadAsStringAsync()).ShouldBe("Healthy");
        (await (await b.CreateClient().GetAsync("/health/ready")).Content.ReadAsStringAsync()).ShouldBe("Healthy");
    }

    [Fact]
    public async Task A_failing_script_stops_start_up_names_the_script_and_leaves_no_half_of_it()
    {
        var connectionString = await PostgresCluster.CreateEmptyDatabaseAsync("broken");
        await using var db = NpgsqlDataSource.Create(connectionString);

        var error = await Should.ThrowAsync<MigrationException>(() => Migrator(db, Broken).MigrateAsync(true, CancellationToken.None));

        error.Message.ShouldContain("broken/0002_bad.sql");
        await using var applied = db.CreateCommand("SELECT string_agg(script, ',' ORDER BY script) FROM broken.schema_migrations");
        ((string)(await applied.ExecuteScalarAsync())!).ShouldBe("0001_good.sql,kernel/k0001_outbox.sql,kernel/k0002_wolverine.sql,kernel/k0003_personal_live_events.sql");
        await using var halfDone = db.CreateCommand("SELECT to_regclass('broken.half_done') IS NULL");
        ((bool)(await halfDone.ExecuteScalarAsync())!).ShouldBeTrue();
    }

    [Fact]
    public async Task An_applied_script_that_was_edited_afterwards_stops_start_up()
    {
        var connectionString = await PostgresCluster.CreateEmptyDatabaseAsync("edited");
        await using var db = NpgsqlDataSource.Create(connectionString);
        var maintenance = Modules.Single(m => m.Schema == "maintenance");
        await Migrator(db, maintenance).MigrateAsync(true, CancellationToken.None);
        await using (var tamper = db.CreateCommand("UPDATE maintenance.schema_migrations SET checksum = 'old' WHERE script = '0001_equipment.sql'"))
            await tamper.ExecuteNonQueryAsync();

        var error = await Should.ThrowAsync<MigrationException>(() => Migrator(db, maintenance).MigrateAsync(true, CancellationToken.None));

        error.Message.ShouldContain("maintenance/0001_equipment.sql was edited");
    }

    [Fact]
    public async Task A_host_that_may_not_migrate_refuses_to_start_while_scripts_are_pending()
    {
        var connectionString = await PostgresCluster.CreateEmptyDatabaseAsync("pending");
        await using var db = NpgsqlDataSource.Create(connectionString);

        var error = await Should.ThrowAsync<MigrationException>(() => Migrator(db, [.. Modules]).MigrateAsync(applyPending: false, CancellationToken.None));

        error.Message.ShouldContain("maintenance/0001_equipment.sql");
    }

    [Fact]
    public async Task Each_module_owns_its_schema_with_its_own_live_events_and_no_foreign_key_crosses_schemas()
    {
        foreach (var module in Modules)
            (await api.ScalarAsync<bool>("SELECT to_regclass($1) IS NOT NULL", $"{module.Schema}.live_events")).ShouldBeTrue(module.Schema);

        var crossing = await api.ScalarAsync<long>("""
            SELECT count(*) FROM pg_constraint c
            JOIN pg_class src ON src.oid = c.conrelid JOIN pg_namespace ns ON ns.oid = src.relnamespace
            JOIN pg_class dst ON dst.oid = c.confrelid JOIN pg_namespace nd ON nd.oid = dst.relnamespace
            WHERE c.contype = 'f' AND ns.nspname <> nd.nspname
            """);
        crossing.ShouldBe(0);
    }
}
