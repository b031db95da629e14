using OpsPlatform.Shared.Kernel.Cqrs;

namespace OpsPlatform.Modules.Maintenance.Equipment.RegisterEquipment;

internal sealed record RegisterEquipmentCommand(string Name, string Type, string SerialNumber, string Location, Guid? SiteId = null)
    : ICommand<EquipmentDetails>;
