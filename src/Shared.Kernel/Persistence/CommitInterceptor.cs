using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace OpsPlatform.Shared.Kernel.Persistence;

/// <summary>
/// Tells a module context that its explicit transaction ended (its own, a caller's, or a Wolverine handler's), so the
/// envelopes stored in it are sent to their queues after the commit, or forgotten after a rollback.
/// </summary>
internal sealed class CommitInterceptor : DbTransactionInterceptor
{
    public static readonly CommitInterceptor Instance = new();

    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData)
    {
        if (eventData.Context is ModuleDbContext module) module.OnCommittedAsync().GetAwaiter().GetResult();
    }

    public override async Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is ModuleDbContext module) await module.OnCommittedAsync();
    }

    public override Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        (eventData.Context as ModuleDbContext)?.OnRolledBack();
        return Task.CompletedTask;
    }

    public override void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) =>
        (eventData.Context as ModuleDbContext)?.OnRolledBack();
}
