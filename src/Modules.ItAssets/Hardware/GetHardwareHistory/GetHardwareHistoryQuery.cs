using OpsPlatform.Shared.Kernel.Cqrs;

namespace OpsPlatform.Modules.ItAssets.Hardware.GetHardwareHistory;

internal sealed record GetHardwareHistoryQuery(Guid Id) : IQuery<IReadOnlyList<HardwareChange>>;
