using Microsoft.Extensions.DependencyInjection;
using OpsPlatform.Modules.Maintenance.PreventivePlans.RaisePlannedWorkOrder;
using Wolverine;
using Wolverine.Persistence.Durability;

namespace OpsPlatform.Ui.Tests;

internal static class BusData
{
    /// <summary>
    /// A message its handler gave up on, stored as the bus stores one after its last retry: a plan's occurrence for a
    /// plan that does not exist, so replaying it is harmless (its handler finds no plan and does nothing).
    /// </summary>
    public static async Task DeadLetterAsync(this BrowserHost host)
    {
        var message = new PreventivePlanDue(Guid.NewGuid(), DateTimeOffset.UtcNow, Guid.NewGuid(), DateTimeOffset.UtcNow);
        var envelope = host.Services.GetRequiredService<IMessageBus>().PreviewSubscriptions(message).Single();
        envelope.Attempts = 3;
        envelope.SentAt = DateTimeOffset.UtcNow;
        await host.Services.GetRequiredService<IMessageStore>().Inbox
            .MoveToDeadLetterStorageAsync(envelope, new InvalidOperationException("The plan's equipment could not be read (connection reset)."));
    }
}
