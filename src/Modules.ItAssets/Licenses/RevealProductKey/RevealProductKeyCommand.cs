using OpsPlatform.Shared.Kernel.Cqrs;

namespace OpsPlatform.Modules.ItAssets.Licenses.RevealProductKey;

internal sealed record RevealProductKeyCommand(Guid LicenseId) : ICommand<RevealedProductKey>;
