using Microsoft.EntityFrameworkCore;

namespace OpsPlatform.Shared.Kernel.Http;

public static class PagingExtensions
{
    /// <summary>Counts the filtered rows, then reads one page of the already-ordered query.</summary>
    public static async Task<Paged<T>> ToPagedAsync<T>(this IQueryable<T> ordered, IPagedQuery query, CancellationToken cancellationToken)
    {
        var page = query.PageOf();
        var size = query.SizeOf();
        var total = await ordered.LongCountAsync(cancellationToken);
        var items = (page - 1) * (long)size >= total
            ? []
            : await ordered.Skip((page - 1) * size).Take(size).ToListAsync(cancellationToken);
        return new Paged<T>(items, page, size, total);
    }
}
