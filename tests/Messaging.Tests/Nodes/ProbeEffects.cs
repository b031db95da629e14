using OpsPlatform.Messaging.TestHost.Probe;
using OpsPlatform.Shared.Kernel.Messaging;

namespace OpsPlatform.Messaging.Tests.Nodes;

/// <summary>Publishes pings through the in-process host and checks the effects the probe hosts recorded for them.</summary>
public sealed class ProbeEffects(BusFactory publisher)
{
    public async Task PublishAsync(string prefix, int count, int delayMs = 0)
    {
        foreach (var chunk in Enumerable.Range(0, count).Chunk(500))
            await publisher.PublishAsync(chunk.Select(i => (IIntegrationEvent)Pinged.New($"{prefix}-{i}", delayMs: delayMs)).ToArray());
    }

    /// <summary>Waits until the recorder has handled at least <paramref name="atLeast"/> pings; fails with the hosts' output.</summary>
    public async Task WaitForAsync(string keyPattern, long atLeast, TimeSpan timeout, params ProbeProcess[] hosts)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        long done;
        while ((done = await HandledAsync(keyPattern)) < atLeast)
        {
            watch.Elapsed.ShouldBeLessThan(timeout, $"{done} of {atLeast} handled; host output:\n{string.Join("\n---\n", hosts.Select(h => h.Output))}");
            await Task.Delay(100);
        }
    }

    public async Task ShouldBeExactlyOnceAsync(string keyPattern, long messages)
    {
        (await HandledAsync(keyPattern)).ShouldBe(messages);
        (await publisher.CountAsync("SELECT count(DISTINCT key) FROM probe.effects WHERE handler = 'PingRecorder' AND key LIKE $1", keyPattern)).ShouldBe(messages);
        (await publisher.CountAsync("SELECT count(*) - count(DISTINCT (message_id, handler)) FROM probe.effects WHERE key LIKE $1", keyPattern)).ShouldBe(0);
        (await publisher.CountAsync("SELECT count(*) FROM probe.inbox WHERE payload->>'key' LIKE $1 AND handler = 'PingRecorder' AND handled_at IS NOT NULL", keyPattern)).ShouldBe(messages);
    }

    public Task<long> ByNodeAsync(string keyPattern, string nodeId) =>
        publisher.CountAsync("SELECT count(*) FROM probe.effects WHERE handler = 'PingRecorder' AND key LIKE $1 AND node = $2", keyPattern, nodeId);

    public async Task<long> HandledAsync(string keyPattern)
    {
        // -1 while the database is unreachable. It may have just come back: a pooled connection from before the outage fails once, then the pool heals.
        try
        {
            return await publisher.CountAsync("SELECT count(*) FROM probe.effects WHERE handler = 'PingRecorder' AND key LIKE $1", keyPattern);
        }
        catch (Npgsql.NpgsqlException)
        {
            Npgsql.NpgsqlConnection.ClearAllPools();
            return -1;
        }
    }
}
