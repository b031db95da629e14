using Marten;
using OpsPlatform.Modules.Maintenance.Persistence;
using OpsPlatform.Shared.Files.Attachments;
using OpsPlatform.Shared.Kernel.Jobs;

namespace OpsPlatform.Modules.Maintenance.WorkOrders.Evidence.SweepOrphanEvidence;

/// <summary>
/// Removes stored evidence bytes that no evidence record names, once they are a day old: left by a host that died
/// between storing the bytes and committing the record, or by a removal whose second step failed.
/// </summary>
internal sealed class SweepOrphanEvidenceJob(MaintenanceSession db, FileAttachments attachments) : ISingletonJob
{
    public static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    public async Task RunAsync(CancellationToken cancellationToken) => await SweepAsync(cancellationToken);

    /// <summary>Returns how many files were removed.</summary>
    public Task<int> SweepAsync(CancellationToken cancellationToken) =>
        attachments.SweepAsync(WorkOrderEvidence.KeyPrefix, async (ids, token) =>
        {
            var candidates = ids.ToArray();
            return await db.Documents.Query<WorkOrderEvidence>().Where(e => candidates.Contains(e.Id)).Select(e => e.Id).ToListAsync(token);
        }, cancellationToken);
}
