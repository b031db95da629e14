using OpsPlatform.Modules.ItAssets.Hardware.ListHardware;
using OpsPlatform.Shared.Kernel.Cqrs;
using OpsPlatform.Shared.Kernel.Http;

namespace OpsPlatform.Modules.ItAssets.Hardware.ListMyHardware;

internal sealed record ListMyHardwareQuery(int? Page, int? PageSize, string? Sort, bool? Count) : IQuery<Paged<HardwareSummary>>, IPagedQuery;
