using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace OpsPlatform.Host.Api.Tests.Database;

/// <summary>The request pool stays small (fewer server processes than requests in flight); long-held connections live elsewhere.</summary>
public sealed class ConnectionPoolTests(ApiFactory api) : IClassFixture<ApiFactory>
{
    [Fact]
    public void Without_a_pool_size_in_the_connection_string_the_request_pool_holds_at_most_four_per_core()
    {
        var settings = new NpgsqlConnectionStringBuilder(api.Services.GetRequiredService<NpgsqlDataSource>().ConnectionString);

        settings.MaxPoolSize.ShouldBe(Math.Max(10, 4 * Environment.ProcessorCount));
    }

    [Fact]
    public async Task The_session_revocation_LISTEN_holds_a_connection_of_its_own_pool_not_of_the_request_pool()
    {
        api.CreateClient(); // starts the host and its listener
        var deadline = DateTime.UtcNow.AddSeconds(10);
        long listening;
        while ((listening = await ListeningAsync()) == 0 && DateTime.UtcNow < deadline) await Task.Delay(100);

        listening.ShouldBeGreaterThan(0);
        (await api.ScalarAsync<long>("""
            SELECT count(*) FROM pg_stat_activity
            WHERE datname = current_database() AND application_name = 'opsplatform' AND query LIKE 'LISTEN%'
            """)).ShouldBe(0);
    }

    private Task<long> ListeningAsync() => api.ScalarAsync<long>("""
        SELECT count(*) FROM pg_stat_activity
        WHERE datname = current_database() AND application_name = 'opsplatform:held' AND query LIKE 'LISTEN%'
        """);
}
