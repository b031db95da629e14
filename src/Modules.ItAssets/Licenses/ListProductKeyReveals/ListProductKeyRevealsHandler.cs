using MediatR;
using Marten;
using OpsPlatform.Modules.ItAssets.Licenses.RevealProductKey;
using OpsPlatform.Modules.ItAssets.Persistence;
using OpsPlatform.Shared.Kernel.Domain;
using OpsPlatform.Shared.Kernel.Http;

namespace OpsPlatform.Modules.ItAssets.Licenses.ListProductKeyReveals;

internal sealed class ListProductKeyRevealsHandler(ItAssetsSession db) : IRequestHandler<ListProductKeyRevealsQuery, Paged<ProductKeyRevealEntry>>
{
    public async Task<Paged<ProductKeyRevealEntry>> Handle(ListProductKeyRevealsQuery query, CancellationToken cancellationToken)
    {
        if (!await db.Documents.Query<SoftwareLicense>().AnyAsync(l => l.Id == query.LicenseId, cancellationToken))
            throw new NotFoundException("License", query.LicenseId);
        var reveals = db.Documents.Query<ProductKeyReveal>().Where(r => r.LicenseId == query.LicenseId);
        return await ProductKeyRevealSortFields.All.Apply(reveals, query.Sort)
            .Select(r => new ProductKeyRevealEntry(r.Id, r.LicenseId, r.RevealedBy, r.RevealedAt))
            .ToPagedAsync(query, cancellationToken);
    }
}
