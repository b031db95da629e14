using System.Text.Json.Serialization;

namespace OpsPlatform.Shared.Kernel.Http;

/// <summary>
/// One page of a list. <see cref="HasMore"/> says whether a next page exists (one extra row was read to know);
/// <see cref="TotalItems"/> and <see cref="TotalPages"/> are present only when the caller asked with <c>count=true</c>,
/// because an exact count over a large filter costs more than the page itself.
/// </summary>
public sealed record Paged<T>
{
    [JsonConstructor]
    public Paged(IReadOnlyList<T> items, int page, int pageSize, bool hasMore)
    {
        Items = items;
        Page = page;
        PageSize = pageSize;
        HasMore = hasMore;
    }

    /// <summary>A page whose total is already known (e.g. a store that counts as it reads).</summary>
    public Paged(IReadOnlyList<T> items, int page, int pageSize, long totalItems)
        : this(items, page, pageSize, (long)page * pageSize < totalItems) =>
        TotalItems = totalItems;

    public IReadOnlyList<T> Items { get; init; }
    public int Page { get; init; }
    public int PageSize { get; init; }
    public bool HasMore { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public long? TotalItems { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? TotalPages => TotalItems is { } total ? (int)((total + PageSize - 1) / PageSize) : null;

    /// <summary>The same page with each item projected, e.g. from a query row to its response record.</summary>
    public Paged<TOut> Select<TOut>(Func<T, TOut> map) =>
        new(Items.Select(map).ToList(), Page, PageSize, HasMore) { TotalItems = TotalItems };

    /// <summary>The page as the caller asked for it: without the total unless <c>count=true</c>.</summary>
    public Paged<T> CountedOnlyIf(bool count) => count ? this : this with { TotalItems = null };
}
