namespace OpsPlatform.Modules.ItAssets.Licenses.RevealProductKey;

internal sealed record RevealedProductKey(Guid LicenseId, string ProductKey, Guid RevealedBy, DateTimeOffset RevealedAt);
