namespace OpsPlatform.Shared.Kernel.Http;

/// <summary>One page of a list, with the totals a client needs to page on.</summary>
public sealed record Paged<T>(IReadOnlyList<T> Items, int Page, int PageSize, long TotalItems)
{
    public int TotalPages => TotalItems == 0 ? 0 : (int)((TotalItems + PageSize - 1) / PageSize);
    public bool HasPrevious => Page > 1;
    public bool HasNext => Page < TotalPages;
}
