namespace OpsPlatform.Modules.ItAssets.Licenses.ListProductKeyReveals;

internal sealed record ProductKeyRevealEntry(Guid Id, Guid LicenseId, Guid RevealedBy, DateTimeOffset RevealedAt);
