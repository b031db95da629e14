using Marten;
using OpsPlatform.Shared.Kernel.Persistence.Documents;

namespace OpsPlatform.Messaging.TestHost.Probe;

/// <summary>
/// The probe module's unit of work. Its records are plain tables the tests count with SQL (<c>probe.effects</c>,
/// <c>probe.job_runs</c>, <c>probe.faults</c>), written in the session's batch: so a handler's effect commits together
/// with its envelope's handled mark and the messages it publishes, exactly as a product module's documents do.
/// </summary>
public sealed class ProbeSession(IServiceProvider services) : ModuleSession<IProbeStore>(services, ProbeModule.Schema)
{
    public void Record(Effect effect) =>
        Documents.QueueSqlCommand(
            "INSERT INTO probe.effects (id, message_id, handler, key, node, attempt) VALUES (?, ?, ?, ?, ?, ?)",
            effect.Id, effect.MessageId, effect.Handler, effect.Key, effect.Node, effect.Attempt);

    public void Record(JobRun run) =>
        Documents.QueueSqlCommand("INSERT INTO probe.job_runs (id, node, started_at, finished_at) VALUES (?, ?, ?, ?)",
            run.Id, run.Node, run.StartedAt, run.FinishedAt);

    public async Task<bool> HasFaultAsync(string key, CancellationToken cancellationToken) =>
        (await Documents.AdvancedSql.QueryAsync<bool>("SELECT EXISTS (SELECT 1 FROM probe.faults WHERE key = ?)", cancellationToken, key)).Single();
}
