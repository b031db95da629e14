namespace OpsPlatform.Shared.Kernel.Domain;

/// <summary>
/// The change conflicts with the current state (HTTP 409): a stale version, a duplicate, or a state
/// transition that is not allowed now. <see cref="Errors"/> names fields; <see cref="Extensions"/> adds detail
/// such as the transitions that are allowed.
/// </summary>
public sealed class ConflictException(
    string message,
    IReadOnlyDictionary<string, string[]>? errors = null,
    IReadOnlyDictionary<string, object?>? extensions = null) : Exception(message)
{
    public IReadOnlyDictionary<string, string[]> Errors { get; } = errors ?? new Dictionary<string, string[]>();
    public IReadOnlyDictionary<string, object?> Extensions { get; } = extensions ?? new Dictionary<string, object?>();
}
