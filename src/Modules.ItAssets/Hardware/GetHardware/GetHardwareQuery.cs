using OpsPlatform.Shared.Kernel.Cqrs;

namespace OpsPlatform.Modules.ItAssets.Hardware.GetHardware;

internal sealed record GetHardwareQuery(Guid Id) : IQuery<HardwareDetails>;
