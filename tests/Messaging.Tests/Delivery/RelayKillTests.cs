using System.Diagnostics;
using Npgsql;
using OpsPlatform.Messaging.TestHost.Probe;
using OpsPlatform.Shared.Kernel.Messaging;

namespace OpsPlatform.Messaging.Tests.Delivery;

/// <summary>
/// MESSAGING.md R13: the relay is killed mid-batch 50 times and still every message reaches every subscribing handler
/// exactly once. "Mid-batch" is made certain, not left to timing: a trigger in this test's database makes the relay's
/// insert into the probe inbox wait on an advisory lock the test holds, with the batch's outbox rows locked and part
/// of its inbox rows written; the test then terminates the relay's server process. To PostgreSQL that is exactly a
/// killed relay: the connection is gone and its transaction with it.
/// </summary>
public sealed class RelayKillTests(BusFactory bus) : IClassFixture<BusFactory>
{
    private const int Kills = 50;
    private const int PerBatch = 10;
    private const long Gate = 4242;

    [Fact]
    public async Task Killing_the_relay_mid_batch_50_times_leaves_one_inbox_row_per_message_and_handler_and_one_effect_each()
    {
        await bus.ScalarAsync<int>($"""
            CREATE OR REPLACE FUNCTION probe.wait_at_gate() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF NEW.payload->>'key' LIKE 'relay-kill-%-5' THEN PERFORM pg_advisory_xact_lock({Gate}); END IF;
                RETURN NEW;
            END $$;
            CREATE TRIGGER wait_at_gate BEFORE INSERT ON probe.inbox FOR EACH ROW EXECUTE FUNCTION probe.wait_at_gate();
            """);
        await using var gate = new NpgsqlConnection(bus.ConnectionString);
        await gate.OpenAsync();

        for (var round = 0; round < Kills; round++)
        {
            await ExecuteAsync(gate, $"SELECT pg_advisory_lock({Gate})");
            await bus.PublishAsync(Enumerable.Range(0, PerBatch).Select(i => (IIntegrationEvent)Pinged.New($"relay-kill-{round}-{i}")).ToArray());

            var relay = await RelayWaitingAtGateAsync(gate);
            (await ScalarAsync<bool>(gate, $"SELECT pg_terminate_backend({relay}, 5000)")).ShouldBeTrue();
            (await ScalarAsync<long>(gate, $"SELECT count(*) FROM probe.outbox WHERE payload->>'key' LIKE 'relay-kill-{round}-%' AND relayed_at IS NOT NULL")).ShouldBe(0);
            await ExecuteAsync(gate, $"SELECT pg_advisory_unlock({Gate})");
            await RelayedAsync(gate, round); // lets the relay's back-off reset before the next kill
        }
        await ExecuteAsync(gate, "DROP TRIGGER wait_at_gate ON probe.inbox");
        await bus.SettleBusAsync();

        const long messages = Kills * PerBatch;
        (await bus.CountAsync("SELECT count(*) FROM probe.outbox WHERE payload->>'key' LIKE 'relay-kill-%' AND relayed_at IS NOT NULL AND routed_to = 3")).ShouldBe(messages);
        (await bus.CountAsync("""
            SELECT count(*) FROM (
                SELECT message_id, handler FROM probe.inbox WHERE payload->>'key' LIKE 'relay-kill-%'
                UNION ALL
                SELECT message_id, handler FROM probe_echo.inbox WHERE payload->>'key' LIKE 'relay-kill-%') routed
            """)).ShouldBe(messages * 3);
        (await bus.CountAsync("SELECT count(*) FROM probe.effects WHERE key LIKE 'relay-kill-%' AND handler = 'PingRecorder'")).ShouldBe(messages);
        (await bus.CountAsync("SELECT count(DISTINCT (message_id, handler)) FROM probe.effects WHERE key LIKE 'relay-kill-%'")).ShouldBe(messages * 2);
        (await bus.CountAsync("SELECT count(*) FROM probe.effects WHERE key LIKE 'relay-kill-%'")).ShouldBe(messages * 2);
        (await bus.CountAsync("SELECT count(*) FROM probe_echo.effects WHERE key LIKE 'relay-kill-%'")).ShouldBe(messages);
    }

    /// <summary>The server process of the relay statement blocked at the gate: it holds its batch, mid-insert.</summary>
    private static async Task<int> RelayWaitingAtGateAsync(NpgsqlConnection gate)
    {
        var watch = Stopwatch.StartNew();
        while (true)
        {
            var pid = await ScalarAsync<int?>(gate, """
                SELECT pid FROM pg_stat_activity
                WHERE datname = current_database() AND state = 'active' AND wait_event_type = 'Lock' AND wait_event = 'advisory'
                  AND query LIKE '%FROM probe.outbox%FOR UPDATE SKIP LOCKED%'
                LIMIT 1
                """);
            if (pid is { } found) return found;
            watch.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(15), "the relay never reached the gate");
            await Task.Delay(5);
        }
    }

    private static async Task RelayedAsync(NpgsqlConnection gate, int round)
    {
        var watch = Stopwatch.StartNew();
        while (await ScalarAsync<long>(gate, $"SELECT count(*) FROM probe.outbox WHERE payload->>'key' LIKE 'relay-kill-{round}-%' AND relayed_at IS NULL") > 0)
        {
            watch.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(15), $"round {round} was never relayed after the kill");
            await Task.Delay(5);
        }
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<T> ScalarAsync<T>(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        var value = await command.ExecuteScalarAsync();
        return value is null or DBNull ? default! : (T)value;
    }
}
