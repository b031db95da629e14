using Marten;
using OpsPlatform.Modules.Janitorial.Persistence;
using OpsPlatform.Shared.Files.Attachments;
using OpsPlatform.Shared.Kernel.Jobs;

namespace OpsPlatform.Modules.Janitorial.Inspections.Photos.SweepOrphanPhotos;

/// <summary>
/// Removes stored photo bytes and thumbnails that no photo record names, once they are a day old: left by a host that
/// died between storing the bytes and committing the record, or by a removal whose second step failed.
/// </summary>
internal sealed class SweepOrphanPhotosJob(JanitorialSession db, FileAttachments attachments) : ISingletonJob
{
    public static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    public async Task RunAsync(CancellationToken cancellationToken) => await SweepAsync(cancellationToken);

    /// <summary>Returns how many files were removed.</summary>
    public Task<int> SweepAsync(CancellationToken cancellationToken) =>
        attachments.SweepAsync(InspectionPhoto.KeyPrefix, async (ids, token) =>
        {
            var candidates = ids.ToArray();
            return await db.Documents.Query<InspectionPhoto>().Where(p => candidates.Contains(p.Id)).Select(p => p.Id).ToListAsync(token);
        }, cancellationToken);
}
