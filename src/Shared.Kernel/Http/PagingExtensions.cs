using Microsoft.EntityFrameworkCore;

namespace OpsPlatform.Shared.Kernel.Http;

public static class PagingExtensions
{
    /// <summary>
    /// Reads one page of the already-ordered query, then counts the filtered rows, unless the page itself tells the
    /// total: a page with rows but fewer than asked for is the last one, so the count query is skipped.
    /// </summary>
    public static async Task<Paged<T>> ToPagedAsync<T>(this IQueryable<T> ordered, IPagedQuery query, CancellationToken cancellationToken)
    {
        var page = query.PageOf();
        var size = query.SizeOf();
        var skipped = (page - 1) * (long)size;
        var items = skipped > int.MaxValue
            ? []
            : await ordered.Skip((int)skipped).Take(size).ToListAsync(cancellationToken);
        var total = items.Count > 0 && items.Count < size
            ? skipped + items.Count
            : await ordered.LongCountAsync(cancellationToken);
        return new Paged<T>(items, page, size, total);
    }
}
