using OpsPlatform.Shared.Kernel.Http;

namespace OpsPlatform.Modules.ItAssets.Hardware.ListHardware;

/// <summary>The page of summaries every hardware list answers (all hardware, or "my assets").</summary>
internal static class HardwareSummaries
{
    public static Task<Paged<HardwareSummary>> ToSummaries(this IQueryable<HardwareAsset> hardware, IPagedQuery query, CancellationToken cancellationToken) =>
        HardwareSortFields.All.Apply(hardware, query.Sort)
            .Select(h => new HardwareSummary(h.Id, h.AssetTag, h.Name, h.Model, h.Category, h.Stage, h.Status, h.Location, h.AssignedTo,
                h.AssignedLocation, h.WarrantyEndsOn))
            .ToPagedAsync(query, cancellationToken);
}
