using OpsPlatform.Shared.Kernel.Bus;

namespace OpsPlatform.Modules.Maintenance.Contracts;

/// <summary>
/// A work order was raised for a record of another module (<see cref="SourceReference"/>: an IT asset's repair record,
/// a failed inspection): the answer that module waits for, so it alone subscribes to this, not to every
/// <see cref="WorkOrderRaised"/>. Raised alongside <see cref="WorkOrderRaised"/>, in the same commit; not on the live
/// stream (that one is). <see cref="Source"/> is the API's snake_case word (e.g. "it_asset").
/// </summary>
[IntegrationEvent("maintenance.work-order-raised-for-source", 1)]
public sealed record WorkOrderRaisedForSource(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid WorkOrderId,
    string Source,
    string SourceReference) : IIntegrationEvent, IDirectMessage;
