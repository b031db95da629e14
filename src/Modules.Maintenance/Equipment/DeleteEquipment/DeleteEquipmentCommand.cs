using OpsPlatform.Shared.Kernel.Cqrs;

namespace OpsPlatform.Modules.Maintenance.Equipment.DeleteEquipment;

internal sealed record DeleteEquipmentCommand(Guid Id, int? Version) : ICommand<bool>;
