using OpsPlatform.Shared.Kernel.Cqrs;
using OpsPlatform.Shared.Kernel.Http;

namespace OpsPlatform.Modules.Maintenance.Equipment.GetEquipmentHistory;

/// <summary><see cref="Id"/> is the equipment (from the route). Always newest first, so there is no sort to choose.</summary>
internal sealed record GetEquipmentHistoryQuery(Guid Id, int? Page, int? PageSize, bool? Count) : IQuery<Paged<EquipmentHistoryEntry>>, IPagedQuery
{
    public string? Sort => null;
}
