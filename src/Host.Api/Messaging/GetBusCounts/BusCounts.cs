using OpsPlatform.Shared.Kernel.Bus;

namespace OpsPlatform.Host.Api.Messaging.GetBusCounts;

internal sealed record BusCounts(long Pending, long Scheduled, long Retrying, long Owned, long DeadLettered, IReadOnlyList<QueueCounts> Queues)
{
    public static BusCounts Of(IReadOnlyList<QueueCounts> queues) =>
        new(queues.Sum(q => q.Pending), queues.Sum(q => q.Scheduled), queues.Sum(q => q.Retrying), queues.Sum(q => q.Owned), queues.Sum(q => q.DeadLettered), queues);
}
