using MediatR;
using Marten;
using OpsPlatform.Modules.ItAssets.Assignments;
using OpsPlatform.Modules.ItAssets.Hardware;
using OpsPlatform.Modules.ItAssets.Licenses;
using OpsPlatform.Modules.ItAssets.Persistence;

namespace OpsPlatform.Modules.ItAssets.Reports.GetComplianceReport;

/// <summary>Each section is one indexed query (product name, expiry, warranty end, stage, overdue) plus its count.</summary>
internal sealed class GetComplianceReportHandler(ItAssetsSession db, TimeProvider clock) : IRequestHandler<GetComplianceReportQuery, ComplianceReport>
{
    public const int SectionSize = 100;

    public async Task<ComplianceReport> Handle(GetComplianceReportQuery query, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var days = query.WithinDays ?? 30;
        var end = today.AddDays(days);
        var licenses = db.Documents.Query<SoftwareLicense>();
        var hardware = db.Documents.Query<HardwareAsset>();

        return new ComplianceReport(today, days,
            await Seats(licenses.Where(l => l.Model == LicenseModel.PerSeat || l.Model == LicenseModel.Subscription).OrderBy(l => l.ProductName).ThenBy(l => l.Id), cancellationToken),
            await Seats(licenses.Where(l => l.ExpiresOn < today && l.SeatsUsed > 0).OrderBy(l => l.ExpiresOn).ThenBy(l => l.Id), cancellationToken),
            await Seats(licenses.Where(l => l.ExpiresOn >= today && l.ExpiresOn <= end).OrderBy(l => l.ExpiresOn).ThenBy(l => l.Id), cancellationToken),
            await Section(hardware.Where(h => h.WarrantyEndsOn >= today && h.WarrantyEndsOn <= end && h.Stage != LifecycleStage.Disposed)
                .OrderBy(h => h.WarrantyEndsOn).ThenBy(h => h.Id)
                .Select(h => new WarrantyEnding(h.Id, h.AssetTag, h.Name, h.WarrantyEndsOn, h.AssignedTo)), cancellationToken),
            await Section(hardware.Where(h => h.Stage == LifecycleStage.InStock).OrderBy(h => h.Name).ThenBy(h => h.Id)
                .Select(h => new HardwareWithoutHolder(h.Id, h.AssetTag, h.Name, h.Location)), cancellationToken),
            await Section(db.Documents.Query<Assignment>().Where(a => a.OpenDueOn < today).OrderBy(a => a.OpenDueOn).ThenBy(a => a.Id).ToDetails(), cancellationToken));
    }

    private static Task<ReportSection<LicenseSeatUse>> Seats(IQueryable<SoftwareLicense> licenses, CancellationToken cancellationToken) =>
        Section(licenses.Select(l => new LicenseSeatUse(l.Id, l.ProductName, l.Vendor, l.SeatsOwned, l.SeatsUsed, l.ExpiresOn)), cancellationToken);

    private static async Task<ReportSection<T>> Section<T>(IQueryable<T> rows, CancellationToken cancellationToken) where T : notnull =>
        new(await rows.CountAsync(cancellationToken), await rows.Take(SectionSize).ToListAsync(cancellationToken));
}
