using MediatR;
using Marten;
using OpsPlatform.Identity.Contracts;
using OpsPlatform.Modules.ItAssets.Persistence;
using OpsPlatform.Shared.Kernel.Domain;

namespace OpsPlatform.Modules.ItAssets.Licenses.RevealProductKey;

/// <summary>Decrypts the key only after its reveal is recorded in the same commit: no key leaves without a trace.</summary>
internal sealed class RevealProductKeyHandler(ItAssetsSession db, ProductKeyProtector keys, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<RevealProductKeyCommand, RevealedProductKey>
{
    public async Task<RevealedProductKey> Handle(RevealProductKeyCommand command, CancellationToken cancellationToken)
    {
        var license = await db.Documents.LoadAsync<SoftwareLicense>(command.LicenseId, cancellationToken)
                      ?? throw new NotFoundException("License", command.LicenseId);
        var cipher = license.ProductKeyCipher ?? throw new DomainRuleViolation($"'{license.ProductName}' has no product key.", "productKey");
        var reveal = ProductKeyReveal.Record(license.Id, user.Id, clock.GetUtcNow());
        db.Insert(reveal);
        await db.SaveChangesAsync(cancellationToken);
        return new RevealedProductKey(license.Id, keys.Unprotect(cipher), reveal.RevealedBy, reveal.RevealedAt);
    }
}
