using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace OpsPlatform.Shared.Kernel.Persistence;

/// <summary>Tells a module context that its transaction committed, so outbox rows it recorded get their nudge.</summary>
internal sealed class OutboxCommitInterceptor : DbTransactionInterceptor
{
    public static readonly OutboxCommitInterceptor Instance = new();

    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) =>
        (eventData.Context as ModuleDbContext)?.OnCommitted();

    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        (eventData.Context as ModuleDbContext)?.OnCommitted();
        return Task.CompletedTask;
    }
}
