namespace OpsPlatform.Shared.Kernel.Http;

/// <summary>Query parameters refused before binding, keyed by the name as the caller sent it.</summary>
public sealed class InvalidQueryException(IReadOnlyDictionary<string, string[]> errors)
    : Exception(string.Join(" ", errors.Values.Select(v => v[0])))
{
    public IReadOnlyDictionary<string, string[]> Errors { get; } = errors;
}
