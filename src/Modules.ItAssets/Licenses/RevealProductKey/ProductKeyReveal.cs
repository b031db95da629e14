using OpsPlatform.Shared.Kernel.Domain;

namespace OpsPlatform.Modules.ItAssets.Licenses.RevealProductKey;

/// <summary>Who saw a license's product key, and when. Append-only: written by a reveal, never changed or deleted.</summary>
internal sealed class ProductKeyReveal : AggregateRoot
{
    private ProductKeyReveal() { }

    public Guid LicenseId { get; private set; }
    public Guid RevealedBy { get; private set; }
    public DateTimeOffset RevealedAt { get; private set; }

    public static ProductKeyReveal Record(Guid licenseId, Guid by, DateTimeOffset now) =>
        new() { Id = Guid.CreateVersion7(now), LicenseId = licenseId, RevealedBy = by, RevealedAt = now };
}
