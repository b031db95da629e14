using OpsPlatform.Shared.Kernel.Cqrs;

namespace OpsPlatform.Modules.ItAssets.Hardware.RemindWarrantyEnd;

internal sealed record RemindWarrantyEndCommand(Guid HardwareId, DateOnly WarrantyEndsOn, int DaysBefore) : ICommand<bool>;
