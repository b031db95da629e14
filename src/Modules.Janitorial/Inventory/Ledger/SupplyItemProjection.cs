using JasperFx.Events;
using Marten.Events.Aggregation;

namespace OpsPlatform.Modules.Janitorial.Inventory.Ledger;

/// <summary>
/// The supply item document (quantity on hand included) as the inline projection of its ledger, written in the same
/// transaction as the events. An event the command already applied to the instance it appends from is not applied twice.
/// </summary>
internal sealed class SupplyItemProjection : SingleStreamProjection<SupplyItem, Guid>
{
    public override SupplyItem? Evolve(SupplyItem? snapshot, Guid id, IEvent e)
    {
        if (e.Data is not SupplyItemLedger.IEvent change) return snapshot;
        var item = snapshot ?? SupplyItem.Empty(id);
        if (item.Version < e.Version) item.Advance(change);
        return item;
    }
}
