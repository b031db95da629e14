using OpsPlatform.Shared.Kernel.Cqrs;

namespace OpsPlatform.Modules.ItAssets.Licenses.GetLicense;

internal sealed record GetLicenseQuery(Guid Id) : IQuery<LicenseDetails>;
