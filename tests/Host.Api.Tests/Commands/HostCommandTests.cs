namespace OpsPlatform.Host.Api.Tests.Commands;

/// <summary>The host's own commands, as the container uses them: --migrate before the first start, --healthcheck as the health check.</summary>
public sealed class HostCommandTests
{
    [Fact]
    public async Task Migrate_applies_every_migration_to_an_empty_database_and_exits()
    {
        var database = await PostgresCluster.CreateEmptyDatabaseAsync(nameof(Migrate_applies_every_migration_to_an_empty_database_and_exits));

        var (exitCode, output) = await HostProcess.RunAsync(database, "--migrate");

        exitCode.ShouldBe(0, output);
        await using var api = ApiFactory.ForDatabase(database);
        api.WithSetting("Database:ApplyMigrations", "false"); // refuses to start while any migration is pending
        (await api.CreateClient().GetAsync("/health/ready")).IsSuccessStatusCode.ShouldBeTrue();
    }

    [Fact]
    public async Task Healthcheck_exits_0_while_the_host_is_ready_and_1_once_it_is_gone()
    {
        var database = await PostgresCluster.CreateMigratedDatabaseAsync(nameof(Healthcheck_exits_0_while_the_host_is_ready_and_1_once_it_is_gone));
        var (host, baseAddress) = await HostProcess.StartAsync(database);
        var ready = new Uri(baseAddress, "/health/ready").ToString();
        await using (host)
        {
            var (up, upOutput) = await HostProcess.RunAsync(database, "--healthcheck", ready);
            up.ShouldBe(0, upOutput);
            await host.StopAsync();
        }

        var (down, downOutput) = await HostProcess.RunAsync(database, "--healthcheck", ready);
        down.ShouldBe(1, downOutput);
    }
}
