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
/// killed relay: the connection is gone and its transaction with it (<see cref="RelayGate"/>).
/// </summary>
public sealed class RelayKillTests(BusFactory bus) : IClassFixture<BusFactory>
{
    private const int Kills = 50;
    private const int PerBatch = 10;

    [Fact]
    public async Task Killing_the_relay_mid_batch_50_times_leaves_one_inbox_row_per_message_and_handler_and_one_effect_each()
    {
        await using (var gate = await RelayGate.InstallAsync(bus, "relay-kill-%-5"))
        {
            for (var round = 0; round < Kills; round++)
            {
                await gate.CloseAsync();
                await bus.PublishAsync(Enumerable.Range(0, PerBatch).Select(i => (IIntegrationEvent)Pinged.New($"relay-kill-{round}-{i}")).ToArray());

                var relay = await gate.RelayWaitingAsync(TimeSpan.FromSeconds(15));
                (await ScalarAsync<bool>(gate.Connection, $"SELECT pg_terminate_backend({relay}, 5000)")).ShouldBeTrue();
                (await ScalarAsync<long>(gate.Connection, $"SELECT count(*) FROM probe.outbox WHERE payload->>'key' LIKE 'relay-kill-{round}-%' AND relayed_at IS NOT NULL")).ShouldBe(0);
                await gate.OpenAsync();
                await RelayedAsync(gate.Connection, round); // lets the relay's back-off reset before the next kill
            }
        }
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

    private static async Task RelayedAsync(NpgsqlConnection gate, int round)
    {
        var watch = Stopwatch.StartNew();
        while (await ScalarAsync<long>(gate, $"SELECT count(*) FROM probe.outbox WHERE payload->>'key' LIKE 'relay-kill-{round}-%' AND relayed_at IS NULL") > 0)
        {
            watch.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(15), $"round {round} was never relayed after the kill");
            await Task.Delay(5);
        }
    }

    private static async Task<T> ScalarAsync<T>(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        var value = await command.ExecuteScalarAsync();
        return value is null or DBNull ? default! : (T)value;
    }
}
