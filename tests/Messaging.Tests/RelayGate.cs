using Npgsql;

namespace OpsPlatform.Messaging.Tests;

/// <summary>
/// Holds the relay mid-statement: a trigger in the test's database makes its insert of an inbox row whose key matches
/// <c>pattern</c> wait on an advisory lock this gate holds while closed. The relay then sits in its transaction with
/// its batch's outbox rows locked, until the gate opens or its server process is terminated.
/// </summary>
public sealed class RelayGate : IAsyncDisposable
{
    private const long Lock = 4242;
    private readonly NpgsqlConnection _connection;

    private RelayGate(NpgsqlConnection connection) => _connection = connection;

    public static async Task<RelayGate> InstallAsync(BusFactory bus, string pattern)
    {
        await bus.ScalarAsync<int>($"""
            CREATE OR REPLACE FUNCTION probe.wait_at_gate() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF NEW.payload->>'key' LIKE '{pattern.Replace("'", "''", StringComparison.Ordinal)}' THEN PERFORM pg_advisory_xact_lock({Lock}); END IF;
                RETURN NEW;
            END $$;
            DROP TRIGGER IF EXISTS wait_at_gate ON probe.inbox;
            CREATE TRIGGER wait_at_gate BEFORE INSERT ON probe.inbox FOR EACH ROW EXECUTE FUNCTION probe.wait_at_gate();
            """);
        var connection = new NpgsqlConnection(bus.ConnectionString);
        await connection.OpenAsync();
        return new RelayGate(connection);
    }

    public NpgsqlConnection Connection => _connection;

    public Task CloseAsync() => ExecuteAsync($"SELECT pg_advisory_lock({Lock})");

    public Task OpenAsync() => ExecuteAsync($"SELECT pg_advisory_unlock({Lock})");

    /// <summary>The server process of the relay statement waiting at the gate, once there is one.</summary>
    public async Task<int> RelayWaitingAsync(TimeSpan timeout)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            await using var command = new NpgsqlCommand("""
                SELECT pid FROM pg_stat_activity
                WHERE datname = current_database() AND state = 'active' AND wait_event_type = 'Lock' AND wait_event = 'advisory'
                  AND query LIKE '%FROM probe.outbox%FOR UPDATE SKIP LOCKED%'
                LIMIT 1
                """, _connection);
            if (await command.ExecuteScalarAsync() is int pid) return pid;
            watch.Elapsed.ShouldBeLessThan(timeout, "the relay never reached the gate");
            await Task.Delay(5);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await ExecuteAsync("DROP TRIGGER IF EXISTS wait_at_gate ON probe.inbox");
        await _connection.DisposeAsync(); // ends the session: a lock still held is released
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var command = new NpgsqlCommand(sql, _connection);
        await command.ExecuteNonQueryAsync();
    }
}
