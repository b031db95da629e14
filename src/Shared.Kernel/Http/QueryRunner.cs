using Marten;
using Marten.Linq;
using Microsoft.EntityFrameworkCore;

namespace OpsPlatform.Shared.Kernel.Http;

/// <summary>The only provider-specific calls paging makes: Marten's for a module on its document store, EF Core's otherwise.</summary>
internal static class QueryRunner
{
    public static async Task<IReadOnlyList<T>> ListAsync<T>(IQueryable<T> query, CancellationToken cancellationToken) where T : notnull =>
        query is IMartenQueryable<T>
            ? await Marten.QueryableExtensions.ToListAsync(query, cancellationToken)
            : await EntityFrameworkQueryableExtensions.ToListAsync(query, cancellationToken);

    public static Task<long> CountAsync<T>(IQueryable<T> query, CancellationToken cancellationToken) where T : notnull =>
        query is IMartenQueryable<T>
            ? Marten.QueryableExtensions.LongCountAsync(query, cancellationToken)
            : EntityFrameworkQueryableExtensions.LongCountAsync(query, cancellationToken);
}
