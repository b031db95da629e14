using MediatR;
using OpsPlatform.Modules.ItAssets.Persistence;
using OpsPlatform.Shared.Kernel.Http;

namespace OpsPlatform.Modules.ItAssets.Licenses.ListLicenses;

/// <summary>Every license (the endpoint is IT staff's); product keys are not part of a summary.</summary>
internal sealed class ListLicensesHandler(ItAssetsSession db) : IRequestHandler<ListLicensesQuery, Paged<LicenseSummary>>
{
    public Task<Paged<LicenseSummary>> Handle(ListLicensesQuery query, CancellationToken cancellationToken)
    {
        var licenses = db.Documents.Query<SoftwareLicense>().AsQueryable();
        if (query.Model is { } model) licenses = licenses.Where(l => l.Model == model.Value);
        if (!string.IsNullOrWhiteSpace(query.Vendor)) { var vendor = query.Vendor.Trim(); licenses = licenses.Where(l => l.Vendor == vendor); }
        if (query.ExpiresBefore is { } before) licenses = licenses.Where(l => l.ExpiresOn < before);
        return LicenseSortFields.All.Apply(licenses, query.Sort)
            .Select(l => new LicenseSummary(l.Id, l.ProductName, l.Vendor, l.Model, l.SeatsOwned, l.SeatsUsed, l.ExpiresOn))
            .ToPagedAsync(query, cancellationToken);
    }
}
