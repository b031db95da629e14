namespace OpsPlatform.Messaging.Tests.Probes;

/// <summary>Checks the effects the probe hosts recorded: one per message and handler, never two.</summary>
public static class Effects
{
    public static Task<long> HandledAsync(string connectionString, string keyPattern) =>
        ProbeDatabase.CountAsync(connectionString, "SELECT count(*) FROM probe.effects WHERE handler = 'PingRecorder' AND key LIKE $1", keyPattern);

    /// <summary>Waits until both handlers together recorded <paramref name="messages"/> × 2 effects; fails with the hosts' output.</summary>
    public static Task WaitForAsync(string connectionString, string keyPattern, long messages, TimeSpan timeout, params ProbeProcess[] hosts) =>
        ProbeDatabase.WaitUntilAsync(connectionString,
            $"SELECT count(*) FROM probe.effects WHERE key LIKE '{keyPattern}'", 2 * messages, timeout,
            () => "host output:\n" + string.Join("\n---\n", hosts.Select(h => h.Output)));

    /// <summary>Each of the <paramref name="messages"/> keys has exactly one effect of each handler, and nothing was dead-lettered.</summary>
    public static async Task ShouldBeExactlyOnceAsync(string connectionString, string keyPattern, long messages)
    {
        foreach (var handler in new[] { "PingRecorder", "PingAuditor" })
        {
            (await ProbeDatabase.CountAsync(connectionString, "SELECT count(*) FROM probe.effects WHERE handler = $1 AND key LIKE $2", handler, keyPattern))
                .ShouldBe(messages, handler);
            (await ProbeDatabase.CountAsync(connectionString, "SELECT count(DISTINCT key) FROM probe.effects WHERE handler = $1 AND key LIKE $2", handler, keyPattern))
                .ShouldBe(messages, handler);
        }
        (await ProbeDatabase.CountAsync(connectionString, "SELECT count(*) FROM wolverine.wolverine_dead_letters")).ShouldBe(0);
    }

    public static Task<long> ByNodeAsync(string connectionString, string keyPattern, string node) =>
        ProbeDatabase.CountAsync(connectionString, "SELECT count(*) FROM probe.effects WHERE handler = 'PingRecorder' AND key LIKE $1 AND node = $2", keyPattern, node);
}
