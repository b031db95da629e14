namespace OpsPlatform.Shared.Kernel.Domain;

/// <summary>The record does not exist, or the caller may not see it (HTTP 404 in both cases, by design).</summary>
public sealed class NotFoundException(string resource, object id) : Exception($"{resource} '{id}' was not found.")
{
    public string Resource { get; } = resource;
}
