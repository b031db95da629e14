using OpsPlatform.Shared.Kernel.Cqrs;

namespace OpsPlatform.Modules.ItAssets.Hardware.DeleteHardware;

internal sealed record DeleteHardwareCommand(Guid Id, int? Version) : ICommand<bool>;
