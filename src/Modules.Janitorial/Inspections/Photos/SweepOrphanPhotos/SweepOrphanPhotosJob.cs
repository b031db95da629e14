using Marten;
using OpsPlatform.Modules.Janitorial.Persistence;
using OpsPlatform.Shared.Files.Storage;
using OpsPlatform.Shared.Kernel.Jobs;

namespace OpsPlatform.Modules.Janitorial.Inspections.Photos.SweepOrphanPhotos;

/// <summary>
/// Removes stored photo bytes that no photo record names, once they are a day old: left by a host that died between
/// storing the bytes and committing the record, or by a removal whose second step failed.
/// </summary>
internal sealed class SweepOrphanPhotosJob(JanitorialSession db, IFileStore files, TimeProvider clock) : ISingletonJob
{
    public static readonly TimeSpan Interval = TimeSpan.FromHours(1);
    public static readonly TimeSpan Grace = TimeSpan.FromDays(1);
    private const int BatchSize = 500;

    public async Task RunAsync(CancellationToken cancellationToken) => await SweepAsync(cancellationToken);

    /// <summary>Returns how many files were removed.</summary>
    public async Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        var removed = 0;
        var batch = new List<(FileKey Key, Guid PhotoId)>(BatchSize);
        await foreach (var key in files.ListAsync(InspectionPhoto.KeyPrefix, clock.GetUtcNow() - Grace, cancellationToken))
        {
            if (Guid.TryParse(key.Value.Split('/')[^1], out var photoId)) batch.Add((key, photoId));
            if (batch.Count < BatchSize) continue;
            removed += await RemoveOrphansAsync(batch, cancellationToken);
            batch.Clear();
        }
        return removed + await RemoveOrphansAsync(batch, cancellationToken);
    }

    private async Task<int> RemoveOrphansAsync(List<(FileKey Key, Guid PhotoId)> batch, CancellationToken cancellationToken)
    {
        if (batch.Count == 0) return 0;
        var ids = batch.Select(b => b.PhotoId).ToArray();
        var known = (await db.Documents.Query<InspectionPhoto>().Where(p => ids.Contains(p.Id)).Select(p => p.Id).ToListAsync(cancellationToken)).ToHashSet();
        var orphans = batch.Where(b => !known.Contains(b.PhotoId)).ToList();
        foreach (var orphan in orphans) await files.DeleteAsync(orphan.Key, cancellationToken);
        return orphans.Count;
    }
}
