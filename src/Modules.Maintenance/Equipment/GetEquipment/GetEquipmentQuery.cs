using OpsPlatform.Shared.Kernel.Cqrs;

namespace OpsPlatform.Modules.Maintenance.Equipment.GetEquipment;

internal sealed record GetEquipmentQuery(Guid Id) : IQuery<EquipmentDetails>;
